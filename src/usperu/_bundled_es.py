# Generated from data/statement.es.toml by `python -m usperu._generate`: do not edit.
# tests/test_bundled.py fails when this file is out of step with the data or the code.
"""The Spanish of the bundled editorial layer: table -> id -> field -> text (see usperu._overlay)."""

from typing import Any

TEXTS: dict[str, dict[str, dict[str, Any]]] = {'statement': {'statement': {'summary': 'El primer Diálogo de Alto Nivel entre el Perú y los Estados Unidos: '
                                        'cinco sesiones de trabajo, catorce logros clave y otros '
                                        'compromisos, desde la seguridad y los minerales críticos hasta el '
                                        'espacio y la cultura.',
                             'notes': (('Publicada como nota de prensa (Media Note) de la Oficina del '
                                        'Portavoz, el 9 de mayo de 2024.',
                                        'reference.md: copia de la página de state.gov en publicnow.com'),
                                       ('El texto oficial en inglés comienza así: "The text of the following '
                                        'statement was released by the Governments of the United States of '
                                        'America and the Republic of Peru on the occasion of the first '
                                        'United States-Peru High-Level Dialogue on May 9 in Washington, '
                                        'D.C." Nuestra copia lo formula de otra manera.',
                                        'reference.md: copia de la página de state.gov en publicnow.com'),
                                       ('La URL se infirió a partir del patrón de direcciones del '
                                        'Departamento de Estado; ninguna de las copias que encontramos la '
                                        'consigna.',
                                        ''),
                                       ('El Departamento de Estado trasladó sus páginas de 2021-2025 al '
                                        'archivo 2021-2025.state.gov; archive_url aplica ese traslado a la '
                                        'URL inferida y no se comprobó en línea (usperu funciona sin '
                                        'conexión). Para citar la dirección que usted haya verificado, use '
                                        '`usperu cite --url`.',
                                        'editorial, a partir del patrón de direcciones del archivo'),
                                       ('El Gobierno del Perú publicó el texto oficial en español el 12 de '
                                        'mayo de 2024: '
                                        'prensaperu.pe/2024/05/12/declaracion-conjunta-sobre-el-dialogo-de-alto-nivel-entre-el-peru-y-los-estados-unidos/',
                                        ''),
                                       ('Nuestra copia pasó por una traducción automática de ida y vuelta; '
                                        'donde el texto quedó distorsionado, el conjunto de datos lo cita '
                                        'tal cual y lo explica en notas.',
                                        ''))}},
 'people': {'kurt-campbell': {'role': 'Subsecretario de Estado'},
            'peter-camino': {'role': 'Viceministro de Relaciones Exteriores',
                             'notes': (('Nuestra copia escribe el apellido "Cimino"; el texto oficial en '
                                        'inglés dice embajador Peter Camino (Peter Camino Cannock).',
                                        ''),
                                       ('Nuestra copia dice "Deputy Minister of Foreign Affairs"; el cargo '
                                        'oficial es viceministro de Relaciones Exteriores (en inglés, "Vice '
                                        'Minister of Foreign Affairs").',
                                        ''))}},
 'sessions': {'governance-and-migration': {'title': 'Gobernanza democrática y migración'},
              'economic-prosperity': {'title': 'Prosperidad económica y desarrollo inclusivo',
                                      'notes': (('Nuestra copia dice "inclusive growth" (crecimiento '
                                                 'inclusivo); el título oficial de la sesión dice "inclusive '
                                                 'development" (desarrollo inclusivo).',
                                                 ''),)},
              'environment-and-disasters': {'title': 'Protección del medio ambiente y preparación ante '
                                                     'desastres'},
              'security-and-defense': {'title': 'Seguridad y defensa',
                                       'notes': (('Nuestra copia dice "safety and security"; el título '
                                                  'oficial de la sesión dice "security and defense" '
                                                  '(seguridad y defensa).',
                                                  ''),)},
              'education-and-culture': {'title': 'Educación y cultura'}},
 'achievements': {'aerial-interception-agreement': {'title': 'Entra en vigor el Acuerdo de Interceptación '
                                                             'Aérea',
                                                    'notes': (('El texto oficial en inglés lo llama "aerial '
                                                               'interception agreement" y el texto oficial '
                                                               'en español, "acuerdo sobre interceptación '
                                                               'aérea" (Acuerdo de Interceptación Aérea). '
                                                               '"Air interdiction" (interdicción aérea) es '
                                                               'un error de traducción de nuestra copia que, '
                                                               'además, invierte el sentido: la interdicción '
                                                               'consiste en forzar el descenso de aeronaves '
                                                               'o destruirlas.',
                                                               'nota de prensa del Departamento de Estado '
                                                               '(copia en publicnow.com); '
                                                               'https://prensaperu.pe/2024/05/12/declaracion-conjunta-sobre-el-dialogo-de-alto-nivel-entre-el-peru-y-los-estados-unidos/'),
                                                              ('Cuando se firmó, la Embajada de los Estados '
                                                               'Unidos en Lima afirmó que el acuerdo no '
                                                               'permite la interdicción aérea: la ayuda '
                                                               'estadounidense no puede usarse para dañar, '
                                                               'destruir, inutilizar ni amenazar aeronaves '
                                                               'civiles. Aquí, interceptar significa '
                                                               'acercarse a una aeronave para identificarla '
                                                               'y, de ser necesario, devolverla a su ruta, '
                                                               'escoltarla hacia afuera u ordenarle que '
                                                               'aterrice.',
                                                               'comunicado de la Embajada de los Estados '
                                                               'Unidos del 25 de agosto de 2023, citado por '
                                                               'Milenio en abril de 2024 (en su nota sobre '
                                                               'la votación del Congreso del 18 de abril de '
                                                               '2024): '
                                                               'https://amp.milenio.com/internacional/peru-aprueba-acuerdo-con-eu-para-interceptar-narcoavionetas'),
                                                              ('Firmado en Lima el 24 de agosto de 2023 por '
                                                               'la canciller Ana Cecilia Gervasi y la '
                                                               'embajadora Lisa Kenna; aprobado por el '
                                                               'Congreso de la República el 18 de abril de '
                                                               '2024; entró en vigor entre esa fecha y el '
                                                               'Diálogo (no se encontró la fecha exacta).',
                                                               ''))},
                  'csii-memorandum': {'title': 'Se firma el memorando de entendimiento sobre el sistema CSII',
                                      'notes': (('El memorando es el primer paso para la implementación del '
                                                 'acuerdo de interceptación aérea del logro 1, el "the '
                                                 'agreement" (el acuerdo) de la declaración; el texto '
                                                 'oficial en español lo menciona por su nombre (Acuerdo de '
                                                 'Interceptación Aérea).',
                                                 ''),)},
                  'blue-dot-network': {'title': 'El Perú, primer país de América Latina en sumarse a la Red '
                                                'Blue Dot',
                                       'notes': (('Los Estados Unidos, Japón y Australia anunciaron la Red '
                                                  'Blue Dot en noviembre de 2019; su certificación se lanzó '
                                                  'en la OCDE, en París, el 9 de abril de 2024.',
                                                  'reference.md: preguntas frecuentes sobre Blue Dot en '
                                                  'state.gov'),)},
                  'critical-minerals': {'title': 'Cooperación en minería y minerales críticos; el Perú '
                                                 'decide postular al Foro MSP',
                                        'notes': (('La asociación es la Minerals Security Partnership (MSP, '
                                                   'Asociación para la Seguridad de los Minerales), '
                                                   'anunciada el 14 de junio de 2022. Sus socios acordaron '
                                                   'en Toronto, el 3 de marzo de 2024, crear un Foro MSP '
                                                   'para los países productores de minerales, y ese mismo '
                                                   'día se reunieron con el Perú y otros productores del '
                                                   'hemisferio occidental; el Foro se lanzó formalmente en '
                                                   'Lovaina el 5 de abril de 2024. La postulación del Perú '
                                                   'es a ese Foro.',
                                                   'https://breakingnewsinternational.com/world-news/joint-statement-of-the-minerals-security-partnership/ '
                                                   '(copia de la declaración conjunta de la MSP del 3 de '
                                                   'marzo de 2024); '
                                                   'https://thefrontierpost.com/secretary-blinken-officially-launches-the-minerals-security-partnership-forum-with-the-european-commission/amp/'),
                                                  ('Nuestra copia, al igual que el texto oficial en inglés, '
                                                   'dice "Mineral Security Partnership Forum"; el nombre '
                                                   'propio de la asociación es Minerals Security '
                                                   'Partnership.',
                                                   ''),
                                                  ('La declaración dice que el Perú decidió postular; no se '
                                                   'encontró cuándo fue admitido en el Foro (véase `usperu '
                                                   'since --record critical-minerals`).',
                                                   'editorial'))},
                  'trade-and-investment': {'title': 'Compromiso de ampliar la inversión, el comercio y los '
                                                    'intercambios comerciales'},
                  'migration-cooperation': {'title': 'Cooperación en materia migratoria'},
                  'citizen-security-working-group': {'title': 'Reunión inaugural del Grupo de Trabajo sobre '
                                                              'seguridad ciudadana y crimen organizado '
                                                              'transnacional',
                                                     'notes': (('El "Civil Protection" de nuestra copia '
                                                                'traduce el español "seguridad ciudadana": '
                                                                'el 14 de marzo de 2024, el secretario de '
                                                                'Estado Blinken y el canciller '
                                                                'González-Olaechea acordaron crear un grupo '
                                                                'de trabajo sobre seguridad ciudadana y la '
                                                                'lucha contra el crimen organizado '
                                                                'transnacional, incluido el narcotráfico.',
                                                                ''),
                                                               ('"29 Aprilth" está distorsionado; lo más '
                                                                'probable es que se trate de la reunión '
                                                                'inaugural del 29 de abril (de 2024), una '
                                                                'lectura del pasaje distorsionado y no la '
                                                                'redacción oficial. Fuera de la declaración, '
                                                                'no se encontró ninguna noticia sobre la '
                                                                'reunión (se volvió a revisar la prensa en '
                                                                'español el 1 de diciembre de 2026).',
                                                                'reference.md; investigación para el issue '
                                                                '17'))},
                  'disaster-response': {'title': 'El Departamento de Estado y la FEMA ayudarán a fortalecer '
                                                 'la respuesta del Perú ante desastres'},
                  'first-smr-conference': {'title': 'El Perú será sede de la segunda conferencia '
                                                    'latinoamericana FIRST sobre reactores modulares '
                                                    'pequeños',
                                           'notes': (('FIRST es la Foundational Infrastructure for '
                                                      'Responsible Use of Small Modular Reactor Technology '
                                                      '(Infraestructura Fundamental para el Uso Responsable '
                                                      'de la Tecnología de Reactores Modulares Pequeños), un '
                                                      'programa de fortalecimiento de capacidades del '
                                                      'Departamento de Estado de los Estados Unidos '
                                                      'anunciado en abril de 2021.',
                                                      'reference.md: agenparl.eu (8 de octubre de 2021)'),
                                                     ('"Will advance the safe and peaceful use of energy. ," '
                                                      'es una frase trunca; no se recuperó el original.',
                                                      ''))},
                  'global-health-security': {'title': 'Asociación en el programa Global Health Security '
                                                      '(Seguridad Sanitaria Mundial)',
                                             'notes': (('GHS se refiere a las asociaciones de los Estados '
                                                        'Unidos en Global Health Security (Seguridad '
                                                        'Sanitaria Mundial), en el marco de la Estrategia de '
                                                        'Seguridad Sanitaria Mundial de los Estados Unidos '
                                                        'de 2024 (2024 U.S. Global Health Security '
                                                        'Strategy).',
                                                        'reference.md: páginas de state.gov'),
                                                       ('"Is. ," es una frase trunca; no se recuperó el '
                                                        'original.',
                                                        ''),
                                                       ('Asignado a la sesión de protección del medio '
                                                        'ambiente y preparación ante desastres: el programa '
                                                        'trata de la preparación y la respuesta ante brotes '
                                                        'de enfermedades, lo más cercano a la preparación '
                                                        'ante desastres; la declaración no indica a qué '
                                                        'sesión corresponde.',
                                                        'editorial'))},
                  'anti-satellite-tests': {'title': 'Se reitera el compromiso de no realizar pruebas de '
                                                    'misiles antisatélite de ascenso directo',
                                           'notes': (('Se trata del compromiso DA-ASAT: el 18 de abril de '
                                                      '2022, los Estados Unidos se comprometieron a no '
                                                      'realizar pruebas destructivas de misiles antisatélite '
                                                      'de ascenso directo, y la resolución 77/41 de la '
                                                      'Asamblea General de las Naciones Unidas (7 de '
                                                      'diciembre de 2022, aprobada por 155 votos contra 9) '
                                                      'exhortó a todos los Estados a hacer lo mismo. '
                                                      '"Destructive" (destructivas) figura en el nombre del '
                                                      'compromiso, no en nuestra copia.',
                                                      ''),
                                                     ('El estado "reiterated" (reiterado) es el verbo que la '
                                                      'declaración usa para ambos países. No se encontró '
                                                      'ninguna fuente sobre si el Perú asumió su propio '
                                                      'compromiso antes del Diálogo, ni sobre cuándo lo '
                                                      'hizo.',
                                                      'editorial; '
                                                      'https://swfound.org/news/all-news/2023/10/direct-ascent-anti-satellite-missile-tests-state-positions-on-the-moratorium-unga-resolution-and-lessons-for-the-future/'))},
                  'artemis-accords': {'title': 'El Perú decide adherirse a los Acuerdos Artemisa',
                                      'notes': (('La declaración recoge la decisión del Perú, que los '
                                                 'Estados Unidos saludan: el actor es el Perú. El Perú firmó '
                                                 'los Acuerdos el 30 de mayo de 2024 (véase `usperu since '
                                                 '--record artemis-accords`).',
                                                 'editorial; comunicado de prensa 24-075 de la NASA'),
                                                ('Asignado a la sesión de educación y cultura como '
                                                 'cooperación científica civil, a diferencia del compromiso '
                                                 'sobre pruebas de misiles en el espacio (logro 11), que es '
                                                 'un compromiso de seguridad; la declaración no indica a qué '
                                                 'sesión corresponde.',
                                                 'editorial'))},
                  'bicentennial-working-group': {'title': 'Grupo de trabajo para el bicentenario de las '
                                                          'relaciones diplomáticas'},
                  'cuzco-school-repatriation': {'title': 'Repatriación de pinturas de la Escuela Cusqueña '
                                                         'recuperadas por el FBI',
                                                'notes': (('El FBI recuperó en Nuevo México las dos pinturas '
                                                           'repatriadas (un díptico de San José, el Niño '
                                                           'Jesús y San Cristóbal, de la parroquia de '
                                                           'Surimana, en Canas, Cusco), que se entregaron '
                                                           'durante el Diálogo.',
                                                           ''),
                                                          ('Andina sitúa las pinturas en el siglo XVII; un '
                                                           'artículo de Infobae de 2025 atribuye su estilo '
                                                           'al siglo XVIII. El "17th The 19th Century" de '
                                                           'nuestra copia está distorsionado.',
                                                           ''))}},
 'commitments': {'fta-anniversary': {'title': 'Decimoquinto aniversario del Acuerdo de Promoción Comercial '
                                              'Perú-Estados Unidos',
                                     'notes': (('Se trata del Acuerdo de Promoción Comercial Perú-Estados '
                                                'Unidos (United States–Peru Trade Promotion Agreement, TPA), '
                                                'firmado el 12 de abril de 2006 y vigente desde el 1 de '
                                                'febrero de 2009. Nuestra copia lo llama "free trade '
                                                'agreement" (acuerdo de libre comercio); ni "FTA" ni "TPA" '
                                                'aparecen en ella.',
                                                'reference.md: USTR (archivado)'),)},
                 'regional-mechanisms': {'title': 'Promover mecanismos regionales: APEP y APEC',
                                         'notes': (('"US Partnership for Economic Prosperity" es la Americas '
                                                    'Partnership for Economic Prosperity (APEP, Alianza de '
                                                    'las Américas para la Prosperidad Económica), lanzada el '
                                                    '8 de junio de 2022; la redacción exacta de la '
                                                    'declaración no está confirmada.',
                                                    ''),
                                                   ('Lo más probable es que "which they chair this year. '
                                                    'Peru did." quiera decir "which Peru is hosting this '
                                                    'year" (que el Perú acoge este año): el Perú fue sede de '
                                                    'APEC en 2024.',
                                                    ''))},
                 'oecd-accession': {'title': 'Se reconocen los avances del Perú hacia la adhesión a la OCDE',
                                    'notes': (('Las conversaciones para la adhesión del Perú a la OCDE se '
                                               'abrieron el 25 de enero de 2022; su hoja de ruta se adoptó '
                                               'el 10 de junio de 2022.',
                                               ''),)},
                 'deforestation-and-illegal-mining': {'title': 'Combatir conjuntamente la deforestación '
                                                               'ilegal y la minería ilegal'},
                 'indigenous-communities': {'title': 'Proteger a las comunidades indígenas'},
                 'human-rights': {'title': 'Promover los derechos humanos'},
                 'democratic-institutions': {'title': 'Fortalecer las instituciones democráticas y respetar '
                                                      'su independencia'},
                 'critical-minerals-mou-talks': {'title': 'Conversaciones sobre un memorando de '
                                                          'entendimiento en materia de minerales críticos',
                                                 'notes': (('Forma parte del logro clave 4 y se mantiene '
                                                            'como registro propio para poder dar seguimiento '
                                                            'a lo que resultó de las conversaciones: en Lima '
                                                            'se firmó un memorando de entendimiento el 29 de '
                                                            'agosto de 2024 (véase `usperu since`).',
                                                            'editorial'),)},
                 'further-cooperation-initiatives': {'title': 'Se avanzó en la cooperación sobre democracia, '
                                                              'seguridad ciudadana, crimen organizado y '
                                                              'lazos económicos y culturales',
                                                     'notes': (('Es la segunda oración del párrafo 4, sobre '
                                                                'las sesiones en su conjunto. Donde nuestra '
                                                                'copia dice "civil security", el texto '
                                                                'oficial en inglés dice "civilian security"; '
                                                                'el texto oficial en español dice "seguridad '
                                                                'ciudadana".',
                                                                'nota de prensa del Departamento de Estado '
                                                                '(copia en publicnow.com); '
                                                                'https://prensaperu.pe/2024/05/12/declaracion-conjunta-sobre-el-dialogo-de-alto-nivel-entre-el-peru-y-los-estados-unidos/'),
                                                               ('Nuestra copia reordena la cláusula: pone '
                                                                'primero "other important initiatives" '
                                                                '(otras iniciativas importantes), con lo que '
                                                                'las cuatro áreas pasan a ser ejemplos de '
                                                                'otras iniciativas. La oración oficial '
                                                                'presenta las cuatro áreas como la '
                                                                'cooperación misma y termina con "among '
                                                                'other important initiatives" (entre otras '
                                                                'iniciativas importantes); el título de este '
                                                                'registro sigue el orden oficial.',
                                                                'nota de prensa del Departamento de Estado '
                                                                '(copia en '
                                                                'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8)'))},
                 'people-to-people-ties': {'title': 'Amistad y vínculos entre los pueblos de ambos países',
                                           'notes': (('El párrafo 22 está distorsionado después de esta '
                                                      'cláusula ("between Peru and Peru"); lo más probable '
                                                      'es que hable del contacto entre los pueblos del Perú '
                                                      'y los Estados Unidos.',
                                                      ''),)}},
 'events': {'diplomatic-relations-begin': {'title': 'Los Estados Unidos reconocen al Perú: el día desde el '
                                                    'que se cuenta el bicentenario de las relaciones',
                                           'derivation': 'La declaración sitúa el bicentenario de las '
                                                         'relaciones diplomáticas el 2 de mayo de 2026; por '
                                                         'lo tanto, estas comenzaron el 2 de mayo de 1826.',
                                           'notes': (('El 2 de mayo de 1826 es la fecha en que los Estados '
                                                      'Unidos reconocieron al Perú, al nombrar a James '
                                                      'Cooley encargado de negocios. La Oficina del '
                                                      'Historiador del Departamento de Estado sitúa el '
                                                      'establecimiento de las relaciones diplomáticas, y de '
                                                      'la legación estadounidense en Lima, el 21 de mayo de '
                                                      '1827, cuando Cooley presentó sus credenciales. Ambos '
                                                      'gobiernos cuentan el bicentenario desde el 2 de mayo '
                                                      'de 1826; la Embajada del Perú también llama a 1826 el '
                                                      'año del reconocimiento.',
                                                      ''),)},
            'cuzco-school-paintings': {'title': 'Se pintan los cuadros de la Escuela Cusqueña repatriados en '
                                                '2024',
                                       'derivation': 'Nuestra copia dice "17th The 19th Century"; el siglo '
                                                     'es la lectura que reference.md hace del pasaje '
                                                     'distorsionado (las pinturas repatriadas son del siglo '
                                                     'XVII). El periodo se toma como 1600-1699 (los 100 años '
                                                     'a partir de un año terminado en 00), no como el '
                                                     '1601-1700 de la norma ISO 8601.',
                                       'notes': (('Andina sitúa las pinturas en el siglo XVII; un artículo '
                                                  'de Infobae de 2025 atribuye su estilo al siglo XVIII.',
                                                  ''),)},
            'tpa-in-force': {'title': 'Entra en vigor el Acuerdo de Promoción Comercial Perú-Estados Unidos',
                             'derivation': 'La declaración celebra el decimoquinto aniversario del acuerdo '
                                           'en 2024; por lo tanto, entró en vigor en 2009. El día, 1 de '
                                           'febrero de 2009, proviene del registro de la Oficina del '
                                           'Representante Comercial de los Estados Unidos (USTR).',
                             'notes': (('Firmado el 12 de abril de 2006; vigente desde el 1 de febrero de '
                                        '2009.',
                                        'reference.md: USTR (archivado)'),)},
            'apec-2024': {'title': 'El Perú es sede de APEC',
                          'derivation': 'Nuestra copia dice "which they chair this year. Peru did."; el año '
                                        'es 2024 porque la declaración está fechada el 9 de mayo de 2024, y '
                                        'que el Perú sea el anfitrión es la lectura que reference.md hace '
                                        'del pasaje distorsionado.',
                          'notes': (('Lo más probable es que "which they chair this year. Peru did." quiera '
                                     'decir "which Peru is hosting this year" (que el Perú acoge este año): '
                                     'el Perú fue sede de APEC en 2024.',
                                     ''),
                                    ('La Semana de Líderes Económicos de APEC se celebró en Lima del 9 al 16 '
                                     'de noviembre de 2024 (véase `usperu since`); el Perú también fue sede '
                                     'de APEC en 2008 y 2016.',
                                     'https://www.scoop.co.nz/stories/WO2411/S00217/apec-leaders-issue-machu-picchu-statement.htm '
                                     '(Secretaría de APEC)'))},
            'working-group-inaugural-meeting': {'title': 'Reunión inaugural del Grupo de Trabajo sobre '
                                                         'seguridad ciudadana y crimen organizado '
                                                         'transnacional',
                                                'derivation': 'Nuestra copia dice "29 Aprilth", sin año; la '
                                                              'reunión se interpreta como la del 29 de abril '
                                                              'de 2024, el abril anterior a la declaración '
                                                              'del 9 de mayo de 2024, que la saluda.',
                                                'notes': (('"29 Aprilth" está distorsionado; lo más probable '
                                                           'es que se trate de la reunión inaugural del 29 '
                                                           'de abril (de 2024), una lectura del pasaje '
                                                           'distorsionado y no la redacción oficial. Fuera '
                                                           'de la declaración, no se encontró ninguna '
                                                           'noticia sobre la reunión (se volvió a revisar la '
                                                           'prensa en español el 1 de diciembre de 2026).',
                                                           'reference.md; investigación para el issue 17'),
                                                          ('El secretario de Estado Blinken y el canciller '
                                                           'González-Olaechea acordaron crear el Grupo de '
                                                           'Trabajo el 14 de marzo de 2024.',
                                                           ''))},
            'high-level-dialogue': {'title': 'Primer Diálogo de Alto Nivel entre el Perú y los Estados '
                                             'Unidos, Washington D. C.'},
            'bicentennial': {'title': 'Bicentenario de las relaciones diplomáticas entre el Perú y los '
                                      'Estados Unidos'}},
 'glossary': {'csii': {'expansion': 'Sistema Cooperativo de Integración de Información Situacional',
                       'description': 'Sistema de intercambio de información para el Acuerdo de '
                                      'Interceptación Aérea; su memorando de entendimiento es el primer paso '
                                      'para la implementación del acuerdo.'},
              'aerial-interception': {'expansion': 'Acuerdo de Interceptación Aérea Perú-Estados Unidos',
                                      'description': 'Acuerdo bilateral sobre la interceptación no letal de '
                                                     'aeronaves sospechosas de narcotráfico, para la '
                                                     'cooperación en seguridad y la protección de la '
                                                     'aviación civil conforme al derecho internacional.',
                                      'notes': (('Firmado en Lima el 24 de agosto de 2023 por la canciller '
                                                 'Ana Cecilia Gervasi y la embajadora Lisa Kenna; aprobado '
                                                 'por el Congreso de la República el 18 de abril de 2024; '
                                                 'entró en vigor entre esa fecha y el Diálogo (no se '
                                                 'encontró la fecha exacta).',
                                                 ''),
                                                ('Nuestra copia lo llama "air interdiction agreement" '
                                                 '(acuerdo de interdicción aérea): un error de traducción '
                                                 'que invierte el sentido, pues el acuerdo no permite la '
                                                 'interdicción (véase `usperu show '
                                                 'aerial-interception-agreement`).',
                                                 ''))},
              'blue-dot': {'expansion': 'Red Blue Dot (Blue Dot Network)',
                           'description': 'Iniciativa de certificación de infraestructura anunciada en '
                                          'noviembre de 2019 por los Estados Unidos, Japón y Australia; la '
                                          'certificación se lanzó en la OCDE, en París, el 9 de abril de '
                                          '2024.'},
              'msp': {'expansion': 'Asociación para la Seguridad de los Minerales (Minerals Security '
                                   'Partnership)',
                      'description': 'Asociación de los Estados Unidos y sus socios sobre las cadenas de '
                                     'suministro de minerales críticos, anunciada el 14 de junio de 2022; el '
                                     '4 de febrero de 2026 los Estados Unidos anunciaron el FORGE, Forum on '
                                     'Resource Geostrategic Engagement (Foro de Compromiso Geoestratégico '
                                     'sobre Recursos), como su sucesor (según un relato, el FORGE opera '
                                     'dentro de la MSP).',
                      'notes': (('En la Reunión Ministerial sobre Minerales Críticos del 4 de febrero de '
                                 '2026, los Estados Unidos lanzaron el FORGE, presidido inicialmente por la '
                                 'República de Corea, como sucesor de la MSP (véase `usperu since --record '
                                 'critical-minerals`).',
                                 ''),)},
              'msp-forum': {'expansion': 'Foro de la Asociación para la Seguridad de los Minerales (Minerals '
                                         'Security Partnership Forum)',
                            'description': 'Foro dependiente de la MSP que incorpora a países productores de '
                                           'minerales, distinto de la asociación misma; acordado en Toronto '
                                           'el 3 de marzo de 2024 y lanzado formalmente en Lovaina el 5 de '
                                           'abril de 2024. El Perú decidió postular para integrarlo, y en '
                                           'febrero de 2025 su canciller lo presentó como miembro activo '
                                           '(véase la novedad peru-active-msp-forum-member); el 4 de febrero '
                                           'de 2026 se anunció que el FORGE reemplazaría a la MSP, y no se '
                                           'encontró qué fue del Foro.',
                            'notes': (('Los socios de la MSP acordaron en Toronto, el 3 de marzo de 2024, '
                                       'crear el Foro, y ese mismo día se reunieron con el Perú y otros '
                                       'productores del hemisferio occidental; el Foro se lanzó formalmente '
                                       'en Lovaina el 5 de abril de 2024.',
                                       ''),
                                      ('En la Reunión Ministerial sobre Minerales Críticos del 4 de febrero '
                                       'de 2026, los Estados Unidos lanzaron el FORGE, presidido '
                                       'inicialmente por la República de Corea, como sucesor de la MSP '
                                       '(véase `usperu since --record critical-minerals`).',
                                       ''),
                                      ('No se encontró si el Perú es miembro del FORGE ni qué fue del Foro '
                                       'MSP (búsqueda del 1 de diciembre de 2026).',
                                       'investigación para el issue 17: '
                                       'https://www.atlanticcouncil.org/?p=905012 (la membresía aún se '
                                       'estaba aclarando una semana después del lanzamiento)'))},
              'fema': {'expansion': 'Agencia Federal para el Manejo de Emergencias',
                       'description': 'El organismo federal de los Estados Unidos encargado de la '
                                      'preparación y la respuesta ante desastres.'},
              'first-program': {'expansion': 'Foundational Infrastructure for Responsible Use of Small '
                                             'Modular Reactor Technology (Infraestructura Fundamental para '
                                             'el Uso Responsable de la Tecnología de Reactores Modulares '
                                             'Pequeños)',
                                'description': 'Programa de fortalecimiento de capacidades del Departamento '
                                               'de Estado de los Estados Unidos sobre reactores modulares '
                                               'pequeños, anunciado en abril de 2021.'},
              'ghs': {'expansion': 'Global Health Security (Seguridad Sanitaria Mundial)',
                      'description': 'Asociaciones de los Estados Unidos en Global Health Security '
                                     '(Seguridad Sanitaria Mundial), para prevenir y detectar las amenazas '
                                     'de enfermedades infecciosas y responder a ellas.'},
              'da-asat': {'expansion': 'Compromiso de no realizar pruebas destructivas de misiles '
                                       'antisatélite de ascenso directo',
                          'description': 'Compromiso de no realizar pruebas destructivas de misiles '
                                         'antisatélite de ascenso directo; compromiso de los Estados Unidos '
                                         'del 18 de abril de 2022 y resolución 77/41 de la Asamblea General '
                                         'de las Naciones Unidas, del 7 de diciembre de 2022.'},
              'artemis': {'expansion': 'Acuerdos Artemisa',
                          'description': 'Principios para la exploración pacífica y civil del espacio; el '
                                         'Perú los firmó el 30 de mayo de 2024 como el signatario número '
                                         '41.'},
              'apec': {'expansion': 'Foro de Cooperación Económica Asia-Pacífico',
                       'description': 'Foro económico regional; el Perú fue su anfitrión en 2024 (y también '
                                      'en 2008 y 2016).'},
              'apep': {'expansion': 'Americas Partnership for Economic Prosperity (Alianza de las Américas '
                                    'para la Prosperidad Económica)',
                       'description': 'Alianza económica regional lanzada el 8 de junio de 2022 en la IX '
                                      'Cumbre de las Américas.'},
              'oecd': {'expansion': 'Organización para la Cooperación y el Desarrollo Económicos',
                       'description': 'Las conversaciones para la adhesión del Perú se abrieron el 25 de '
                                      'enero de 2022 y su hoja de ruta se adoptó el 10 de junio de 2022.'},
              'tpa': {'expansion': 'Acuerdo de Promoción Comercial Perú-Estados Unidos',
                      'description': 'El acuerdo que nuestra copia llama "free trade agreement" (acuerdo de '
                                     'libre comercio): firmado el 12 de abril de 2006, vigente desde el 1 de '
                                     'febrero de 2009.',
                      'notes': (('Ni "FTA" ni "TPA" aparecen en nuestra copia, que dice "their free trade '
                                 'agreement"; el nombre oficial es United States–Peru Trade Promotion '
                                 'Agreement (en español, Acuerdo de Promoción Comercial Perú-Estados '
                                 'Unidos).',
                                 'reference.md: USTR (archivado)'),)},
              'fbi': {'expansion': 'Buró Federal de Investigaciones',
                      'description': 'El organismo federal de los Estados Unidos que recuperó las pinturas '
                                     'de la Escuela Cusqueña, en Nuevo México.'},
              'state-department': {'expansion': 'Departamento de Estado de los Estados Unidos',
                                   'description': 'El ministerio de relaciones exteriores de los Estados '
                                                  'Unidos; publicó la declaración y colaborará con la FEMA '
                                                  'en la respuesta del Perú ante desastres.'},
              'cuzco-school': {'expansion': 'Escuela Cusqueña de pintura (Escuela Cuzqueña)',
                               'description': 'Escuela colonial de pintura religiosa centrada en el Cusco '
                                              '(Perú).'}},
 'paragraphs': {'paragraph-3': {'notes': (('La oración oficial dice: "Deputy Secretary of State Kurt '
                                           'Campbell and Peruvian Vice Minister of Foreign Affairs '
                                           'Ambassador Peter Camino led an inaugural High-Level Dialogue in '
                                           'Washington, D.C., on May 9, 2024, affirming a shared commitment '
                                           'to advance mutual interests and deepen the longstanding '
                                           'bilateral strategic partnership." Nuestra copia pierde dos '
                                           'cosas: desaparece "affirming" (afirmando), de modo que la '
                                           'oración ya no dice que el Diálogo afirmó un compromiso '
                                           'compartido (las palabras "shared commitment to" quedan sueltas '
                                           'al final), y "longstanding" (de larga data) se convirtió en '
                                           '"long-term" (a largo plazo): una asociación pensada para durar, '
                                           'en lugar de una que ya ha durado.',
                                           'nota de prensa del Departamento de Estado, copias en '
                                           'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8 '
                                           'y '
                                           'https://jisipnews.com/politics/joint-statement-on-u-s-peru-high-level-dialogue'),
                                          ('El "lead" de nuestra copia corresponde al "led" oficial (en '
                                           'pasado): el Diálogo se celebró el 9 de mayo de 2024.',
                                           'nota de prensa del Departamento de Estado (copia en '
                                           'publicnow.com)'))},
                'paragraph-5': {'notes': (('El texto oficial en inglés dice "Key accomplishments".', ''),)},
                'paragraph-22': {'notes': (('Lo más probable es que "between Peru and Peru" y "United States '
                                            'of america." quieran decir "between Peru and the United States" '
                                            '(entre el Perú y los Estados Unidos).',
                                            ''),)},
                'paragraph-23': {'notes': (('"His efforts made the event a success" es una frase trunca; no '
                                            'se recuperó el original.',
                                            ''),)}},
 'developments': {'artemis-accords-signed': {'title': 'El Perú firma los Acuerdos Artemisa en la sede de la '
                                                      'NASA',
                                             'summary': 'El canciller Javier González-Olaechea firmó los '
                                                        'Acuerdos en la sede de la NASA, en Washington, con '
                                                        'lo que el Perú se convirtió en el signatario número '
                                                        '41. Así se concretó la decisión que se había '
                                                        'saludado en el Diálogo tres semanas antes.'},
                  'critical-minerals-mou-2024': {'title': 'Los Estados Unidos y el Perú firman en Lima un '
                                                          'memorando de entendimiento sobre minerales '
                                                          'críticos',
                                                 'summary': 'El subsecretario de Estado Jose W. Fernandez y '
                                                            'el canciller González-Olaechea firmaron en '
                                                            'Torre Tagle el memorando de entendimiento que '
                                                            'estaba en discusión en el Diálogo. Abarca la '
                                                            'gobernanza del sector minero, la inversión y la '
                                                            'seguridad de las cadenas de suministro, así '
                                                            'como la identificación conjunta de proyectos '
                                                            'que podrían atraer cofinanciamiento.'},
                  'nasa-conida-sounding-rocket-mou': {'title': 'La NASA y la agencia espacial peruana, '
                                                               'CONIDA, firman en Lima un memorando sobre '
                                                               'cohetes sonda',
                                                      'summary': 'Durante la semana de APEC, el '
                                                                 'administrador de la NASA, Bill Nelson, y '
                                                                 'el jefe de la CONIDA, mayor general '
                                                                 'Roberto Melgar, firmaron un memorando de '
                                                                 'entendimiento no vinculante sobre '
                                                                 'capacitación en seguridad, un estudio '
                                                                 'conjunto de factibilidad y asistencia '
                                                                 'técnica para una posible campaña '
                                                                 'plurianual de lanzamiento de cohetes sonda '
                                                                 'desde el Perú. Una declaración conjunta '
                                                                 'vinculó esta cooperación con los Acuerdos '
                                                                 'Artemisa y dejó constancia del interés del '
                                                                 'Perú en ser sede de un taller sobre los '
                                                                 'Acuerdos.'},
                  'biden-boluarte-meeting-lima': {'title': 'Biden y Boluarte se reúnen en Lima: helicópteros '
                                                           'Black Hawk, información de radar y migración',
                                                  'summary': 'Al margen de APEC, los Estados Unidos '
                                                             'anunciaron US$65 millones en ayuda antidrogas '
                                                             'a lo largo de cinco años, que incluyen nueve '
                                                             'helicópteros Black Hawk, y saludaron la '
                                                             'decisión del Perú de volver a compartir '
                                                             'información de radar por primera vez en '
                                                             'alrededor de una década, con lo que la '
                                                             'cooperación en interceptación aérea pasa a la '
                                                             'práctica. Los mandatarios también conversaron '
                                                             'sobre migración y sobre el acuerdo comercial, '
                                                             'vigente desde hacía 15 años.'},
                  'apec-2024-machu-picchu-declaration': {'title': 'Los líderes de APEC adoptan en Lima la '
                                                                  'Declaración de Machu Picchu',
                                                         'summary': 'El año del Perú como anfitrión de APEC '
                                                                    'alcanzó su punto culminante con la '
                                                                    'Semana de Líderes Económicos en Lima '
                                                                    '(del 9 al 16 de noviembre de 2024), que '
                                                                    'concluyó con la Declaración de Machu '
                                                                    'Picchu, la Declaración de Ichma sobre '
                                                                    'el Área de Libre Comercio del '
                                                                    'Asia-Pacífico (FTAAP, por sus siglas en '
                                                                    'inglés) y la Hoja de Ruta de Lima sobre '
                                                                    'la economía formal. Luego el Perú '
                                                                    'traspasó la presidencia a Corea.'},
                  'usaid-health-security-activity-peru': {'title': 'La USAID convoca propuestas para una '
                                                                   'actividad quinquenal de seguridad '
                                                                   'sanitaria en el Perú',
                                                          'summary': 'La USAID publicó la convocatoria de un '
                                                                     'acuerdo de cooperación de US$19 '
                                                                     'millones y cinco años de duración para '
                                                                     'ayudar al Perú a prevenir y detectar '
                                                                     'enfermedades infecciosas y a responder '
                                                                     'ante ellas (día hábil: 7 de noviembre '
                                                                     'de 2024; plazo para postular: 20 de '
                                                                     'diciembre de 2024). No se encontró si '
                                                                     'llegó a adjudicarse, dado el '
                                                                     'desmantelamiento de la USAID en 2025.'},
                  'peru-active-msp-forum-member': {'title': 'El canciller peruano presenta al Perú como '
                                                            'miembro activo del Foro MSP',
                                                   'summary': 'En la Conferencia de Seguridad de Múnich, el '
                                                              'canciller Elmer Schialer describió al Perú '
                                                              'como miembro activo del Foro de la Asociación '
                                                              'para la Seguridad de los Minerales (MSP, por '
                                                              'sus siglas en inglés), al que el país había '
                                                              'decidido postular en el Diálogo. No se '
                                                              'encontró la fecha en que el Perú fue '
                                                              'admitido.',
                                                   'notes': (('La fecha es la del evento, no la del '
                                                              'artículo: las declaraciones se hicieron en la '
                                                              '61.ª Conferencia de Seguridad de Múnich, '
                                                              'celebrada del 14 al 16 de febrero de 2025 (no '
                                                              'se indica el día del panel); el artículo de '
                                                              'Andina lleva fecha del 17 de febrero, que '
                                                              'algunas copias repiten como fecha de la '
                                                              'conferencia.',
                                                              ''),)},
                  'electronic-nationality-verification': {'title': 'El Perú adopta el programa '
                                                                   'estadounidense de verificación '
                                                                   'electrónica de nacionalidad para casos '
                                                                   'de deportación',
                                                          'summary': 'La Cancillería peruana anunció que '
                                                                     'usaría el programa estadounidense de '
                                                                     'verificación electrónica de '
                                                                     'nacionalidad (Electronic Nationality '
                                                                     'Verification) para confirmar con '
                                                                     'rapidez la identidad de peruanos con '
                                                                     'órdenes de deportación de los Estados '
                                                                     'Unidos, y el Gobierno estadounidense '
                                                                     'agradeció públicamente al Perú. Así, '
                                                                     'bajo el nuevo gobierno estadounidense, '
                                                                     'la cooperación migratoria se desplazó '
                                                                     'hacia los retornos.'},
                  'bicentennial-commemorations-open': {'title': 'El Perú y los Estados Unidos inician las '
                                                                'conmemoraciones por el bicentenario de sus '
                                                                'relaciones',
                                                       'summary': 'Un comunicado conjunto de la Cancillería '
                                                                  'peruana y la Embajada de los Estados '
                                                                  'Unidos señaló el 2 de mayo de 2025 como '
                                                                  'inicio del año del bicentenario. El 8 de '
                                                                  'mayo de 2025, el canciller Schialer y la '
                                                                  'encargada de negocios de los Estados '
                                                                  'Unidos, Joan Perkins, inauguraron en la '
                                                                  'Cancillería una muestra documental y '
                                                                  'fotográfica sobre dos siglos de '
                                                                  'relaciones.'},
                  'surimana-diptych-exhibited': {'title': 'El díptico repatriado de Surimana se exhibe en '
                                                          'Lima en una muestra de patrimonio recuperado, '
                                                          'hasta el 23 de junio de 2025',
                                                 'summary': 'El díptico de San José con el Niño y San '
                                                            'Cristóbal, robado en 2008 de la iglesia '
                                                            'parroquial de Surimana (Canas, Cusco) y '
                                                            'devuelto en el Diálogo, se exhibió en junio de '
                                                            '2025, junto con unas 95 piezas recuperadas más, '
                                                            'en la muestra gratuita del Ministerio de '
                                                            'Cultura "Wasinman Kutispa. Volviendo a casa" '
                                                            '(Sala Nasca, San Borja), abierta hasta el 23 de '
                                                            'junio; no se encontró el día de su '
                                                            'inauguración, por lo que el mes es el de la '
                                                            'muestra y no el de un artículo. Infobae sitúa '
                                                            'su estilo en el siglo XVIII, mientras que '
                                                            'Andina lo ubicó en el XVII.'},
                  'landau-schialer-unga-2025': {'title': 'El subsecretario de Estado Landau y el canciller '
                                                         'Schialer se reúnen en la Asamblea General de la '
                                                         'ONU',
                                                'summary': 'Durante la semana de alto nivel de la 80.ª '
                                                           'Asamblea General de la ONU, en Nueva York, ambos '
                                                           'elogiaron la ayuda del Perú a los esfuerzos '
                                                           'regionales contra la inmigración ilegal y '
                                                           'conversaron sobre cómo desarticular redes '
                                                           'criminales y combatir el lavado de activos; la '
                                                           'parte estadounidense dijo que quería más '
                                                           'inversión en los minerales críticos y la '
                                                           'infraestructura del Perú.'},
                  'oecd-accession-progress-2025': {'title': 'El Perú informa a embajadores de países de la '
                                                            'OCDE: avances ante 18 de 23 comités y tres '
                                                            'evaluaciones concluidas',
                                                   'summary': 'La Cancillería peruana informó a embajadores '
                                                              'de países miembros de la OCDE en Lima que el '
                                                              'Perú había avanzado ante 18 de sus 23 comités '
                                                              'de adhesión y concluido por completo tres '
                                                              'evaluaciones, y citó el OECD Economic Survey '
                                                              'of Peru 2025 (estudio económico de la OCDE '
                                                              'sobre el Perú). No se encontró ninguna '
                                                              'decisión formal del Consejo de la OCDE sobre '
                                                              'el Perú hasta noviembre de 2026.',
                                                   'notes': (('El primer párrafo del artículo dice que el '
                                                              'Perú había completado "more than half" (más '
                                                              'de la mitad) de sus evaluaciones ante los '
                                                              'comités, pero sus propias cifras son avances '
                                                              'ante 18 de 23 comités y tres evaluaciones '
                                                              'concluidas; el título sigue las cifras.',
                                                              ''),)},
                  'de-zela-rubio-meeting': {'title': 'El canciller De Zela y el secretario de Estado Rubio '
                                                     'se reúnen para tratar el crimen organizado; Rubio '
                                                     'acepta visitar el Perú por el bicentenario',
                                            'summary': 'En Washington, ambos acordaron coordinar '
                                                       'estrechamente la lucha contra el crimen organizado '
                                                       'transnacional y el narcotráfico, conversaron sobre '
                                                       'minerales críticos, infraestructura y espacio, y '
                                                       'convinieron en que un equipo de seguridad '
                                                       'estadounidense viajaría a Lima. Rubio aceptó una '
                                                       'invitación para visitar el Perú en 2026 con ocasión '
                                                       'del bicentenario (no se confirmó si la visita se '
                                                       'realizó).',
                                            'notes': (('El embajador Navarro reconfirmó la visita el 8 de '
                                                       'febrero de 2026, y el canciller De Zela, el 9 de '
                                                       'febrero de 2026 ("en el breve plazo"); no se '
                                                       'encontró si llegó a realizarse.',
                                                       ''),)},
                  'us-security-advisory-team-lima': {'title': 'Un equipo interinstitucional de seguridad de '
                                                              'los Estados Unidos (FBI, DEA) empieza a '
                                                              'asesorar al Gobierno peruano en Lima',
                                                     'summary': 'A pedido del presidente interino José Jerí, '
                                                                'un equipo estadounidense de seis '
                                                                'integrantes, encabezado por el director de '
                                                                'operaciones del FBI, José A. Pérez, celebró '
                                                                'su primera sesión en Palacio de Gobierno. '
                                                                'En unos diez días debía evaluar la '
                                                                'situación de la criminalidad en el Perú y '
                                                                'recomendar insumos para un nuevo plan '
                                                                'peruano de seguridad ciudadana. Las fuentes '
                                                                'no lo presentan como una reunión del Grupo '
                                                                'de Trabajo de 2024.'},
                  'major-non-nato-ally-notification': {'title': 'La Casa Blanca notifica al Congreso '
                                                                'estadounidense que designará al Perú aliado '
                                                                'principal no miembro de la OTAN',
                                                       'summary': 'La Casa Blanca comunicó al Comité de '
                                                                  'Relaciones Exteriores del Senado, el '
                                                                  'jueves 11 de diciembre de 2025, que tenía '
                                                                  'la intención de designar al Perú aliado '
                                                                  'principal no miembro de la OTAN, y citó '
                                                                  'prioridades compartidas en la lucha '
                                                                  'antidrogas y la seguridad regional. Un '
                                                                  'medio peruano citó después la '
                                                                  'Determinación Presidencial n.º 2026-04, '
                                                                  'fechada el 14 de enero de 2026 (una sola '
                                                                  'fuente).'},
                  'critical-minerals-rare-earths-mou-2026': {'title': 'El Perú firma con los Estados Unidos '
                                                                      'un segundo memorando sobre minerales '
                                                                      'críticos y tierras raras',
                                                             'summary': 'En la Reunión Ministerial sobre '
                                                                        'Minerales Críticos del Departamento '
                                                                        'de Estado, en Washington (con unos '
                                                                        '55 países), el canciller Hugo de '
                                                                        'Zela firmó un memorando de '
                                                                        'entendimiento no vinculante que '
                                                                        'abarca proyectos prioritarios, '
                                                                        'financiamiento y transferencia de '
                                                                        'tecnología, exploración, '
                                                                        'procesamiento y reciclaje. Allí los '
                                                                        'Estados Unidos también firmaron '
                                                                        'marcos de cooperación con '
                                                                        'Argentina, Ecuador y Paraguay.'},
                  'house-resolution-200-years': {'title': 'Se presenta en la Cámara de Representantes de los '
                                                          'Estados Unidos una resolución por los 200 años de '
                                                          'relaciones con el Perú',
                                                 'summary': 'El representante Gimenez, junto con el '
                                                            'representante Garcia, de California, presentó '
                                                            'en la Cámara de Representantes una resolución '
                                                            'por el bicentenario de las relaciones. El texto '
                                                            'recuerda que los Estados Unidos reconocieron la '
                                                            'independencia del Perú el 2 de mayo de 1826. Se '
                                                            'remitió al Comité de Asuntos Exteriores; no se '
                                                            'verificó qué ocurrió después con ella.'},
                  'usaid-freeze-peru': {'title': 'La pausa de la ayuda exterior estadounidense paraliza los '
                                                 'programas de la USAID en el Perú',
                                        'summary': 'El canciller Elmer Schialer confirmó que la pausa de 90 '
                                                   'días en la ayuda exterior de los Estados Unidos, '
                                                   'ordenada el 20 de enero de 2025, había detenido los '
                                                   'programas que la USAID ejecutaba en el Perú: gobernanza, '
                                                   'salud, educación, medio ambiente y desarrollo '
                                                   'alternativo. El Perú contaba con recibir unos US$630 '
                                                   'millones de esa ayuda hasta 2030.',
                                        'notes': (('La fecha es la de la confirmación del Perú (lunes 27 de '
                                                   'enero de 2025); la pausa en sí entró en vigor entre el '
                                                   '20 y el 24 de enero de 2025.',
                                                   ''),)},
                  'deportation-flights-2025': {'title': 'Llegan a Lima los primeros vuelos de deportación '
                                                        'del nuevo gobierno estadounidense',
                                               'summary': 'Un vuelo con 34 peruanos deportados desde los '
                                                          'Estados Unidos llegó a Lima, coordinado con las '
                                                          'autoridades estadounidenses; el 6 de febrero de '
                                                          '2025 le siguió un segundo, con 106. La '
                                                          'cooperación migratoria se orientó hacia los '
                                                          'retornos.'},
                  'us-baseline-tariff-peru': {'title': 'El arancel base estadounidense de 10% se aplica a '
                                                       'los productos peruanos pese al acuerdo comercial',
                                              'summary': 'En virtud de la Orden Ejecutiva 14257, del 2 de '
                                                         'abril de 2025, empezó a aplicarse un arancel de '
                                                         '10% a los productos procedentes del Perú, aunque '
                                                         'el comercio al amparo del acuerdo de 2009 estaba '
                                                         'casi totalmente libre de aranceles; el cobre y '
                                                         'otros minerales críticos quedaron exentos. El '
                                                         'Ministerio de Comercio Exterior y Turismo del Perú '
                                                         'dijo que buscaría la eliminación del arancel en el '
                                                         'marco del acuerdo.'},
                  'usaid-closure-peru-programmes': {'title': 'El cierre de la USAID pone fin a sus programas '
                                                             'contra el VIH, la minería ilegal y los '
                                                             'incendios forestales en el Perú',
                                                    'summary': 'Antes del cierre formal de la USAID, el 1 de '
                                                               'julio de 2025, se estaban cerrando sus '
                                                               'programas en el Perú contra el VIH (PEPFAR), '
                                                               'contra la minería ilegal, la tala y el '
                                                               'tráfico de fauna silvestre en regiones de '
                                                               'frontera (ECOS) y contra los incendios '
                                                               'forestales (FUEGO), con más de US$70 '
                                                               'millones previstos hasta 2030.'},
                  'first-smr-workshop-san-salvador': {'title': 'Se inaugura en San Salvador un taller FIRST '
                                                               'sobre reactores modulares pequeños, con '
                                                               'respaldo estadounidense y participación del '
                                                               'Perú',
                                                      'summary': 'El Salvador acogió un taller regional de '
                                                                 'fortalecimiento de capacidades del '
                                                                 'programa FIRST sobre reactores modulares '
                                                                 'pequeños, con diez delegaciones '
                                                                 'latinoamericanas, entre ellas la del Perú. '
                                                                 'Es contexto, no cumplimiento: la '
                                                                 'declaración anunció una conferencia '
                                                                 'organizada por el Perú, y no se sabe si '
                                                                 'este taller cuenta como la segunda '
                                                                 'conferencia FIRST de la región.'},
                  'us-tariff-exemption-peru-farm-products': {'title': 'Más de 100 productos agrícolas '
                                                                      'peruanos de exportación quedan '
                                                                      'exentos del arancel estadounidense; '
                                                                      'los arándanos, no',
                                                             'summary': 'Después de que los Estados Unidos '
                                                                        'levantaran, la semana anterior, los '
                                                                        'aranceles a más de 200 productos '
                                                                        'alimentarios, la ministra de '
                                                                        'Comercio Exterior y Turismo, Teresa '
                                                                        'Mera, dijo que más de 100 productos '
                                                                        'agrícolas peruanos de exportación, '
                                                                        'alrededor de la cuarta parte de las '
                                                                        'ventas del Perú a los Estados '
                                                                        'Unidos en 2024, ya no pagaban el '
                                                                        'arancel. Los arándanos, el '
                                                                        'principal producto peruano de '
                                                                        'exportación a ese mercado, seguían '
                                                                        'pagándolo.',
                                                             'notes': (('La fecha es la del anuncio del Perú '
                                                                        '(lunes 17 de noviembre de 2025); no '
                                                                        'se verificó el día de la orden '
                                                                        'estadounidense, dictada la semana '
                                                                        'anterior.',
                                                                        ''),)},
                  'ambassador-navarro-credentials': {'title': 'El nuevo embajador estadounidense, Bernie '
                                                              'Navarro, presenta sus cartas credenciales en '
                                                              'Lima',
                                                     'summary': 'Bernie Navarro, elegido por el presidente '
                                                                'Trump para Lima, llegó el 29 de enero de '
                                                                '2026 y presentó sus cartas credenciales al '
                                                                'presidente interino José Jerí en Palacio de '
                                                                'Gobierno, donde habló de doscientos años de '
                                                                'relaciones. Desde la partida de la '
                                                                'embajadora Syptak-Ramnath, la embajada '
                                                                'estaba a cargo de una encargada de '
                                                                'negocios, Joan Perkins.'},
                  'forge-succeeds-msp': {'title': 'Se lanza el FORGE como sucesor de la Asociación para la '
                                                  'Seguridad de los Minerales',
                                         'summary': 'En la Reunión Ministerial sobre Minerales Críticos, en '
                                                    'Washington, el secretario de Estado Rubio anunció el '
                                                    'Forum on Resource Geostrategic Engagement (FORGE, Foro '
                                                    'de Compromiso Geoestratégico sobre Recursos) para '
                                                    'reemplazar a la Asociación para la Seguridad de los '
                                                    'Minerales, con la República de Corea como primera '
                                                    'presidencia; un relato de la conferencia de prensa '
                                                    'sobre la reunión presenta, en cambio, al FORGE como un '
                                                    'mecanismo que opera dentro de la MSP. Allí los Estados '
                                                    'Unidos también firmaron once marcos bilaterales o '
                                                    'memorandos de entendimiento sobre minerales críticos, '
                                                    'entre ellos el memorando con el Perú. No se encontró si '
                                                    'el Perú se unió al FORGE ni qué fue del Foro MSP del '
                                                    'que formaba parte.'},
                  'balcazar-interim-us-support': {'title': 'El Departamento de Estado afirma que seguirá '
                                                           'trabajando con el nuevo presidente interino del '
                                                           'Perú, José María Balcázar',
                                                  'summary': 'Después de que el Congreso de la República '
                                                             'apartara del cargo a José Jerí y eligiera a '
                                                             'José María Balcázar como presidente interino '
                                                             'hasta julio de 2026, la Oficina de Asuntos del '
                                                             'Hemisferio Occidental del Departamento de '
                                                             'Estado dijo que seguiría trabajando con su '
                                                             'gobierno de cara a las elecciones de abril, y '
                                                             'el embajador Navarro lo visitó. Es una '
                                                             'declaración de apoyo, no un programa conjunto '
                                                             'sobre instituciones democráticas.'}},
 'corrections': {'correction-camino': {'source': 'reference.md: el texto oficial en inglés'},
                 'correction-vice-minister': {'source': 'reference.md: el texto oficial en inglés'},
                 'correction-led': {'source': 'nota de prensa del Departamento de Estado (copia en '
                                              'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8)'},
                 'correction-shared-commitment': {'source': 'nota de prensa del Departamento de Estado '
                                                            '(copia en '
                                                            'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8)'},
                 'correction-inclusive-development': {'source': 'reference.md: el texto oficial en inglés'},
                 'correction-security-and-defense': {'source': 'reference.md: el texto oficial en inglés'},
                 'correction-civilian-security': {'source': 'nota de prensa del Departamento de Estado '
                                                            '(copia en '
                                                            'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8)'},
                 'correction-key-accomplishments': {'source': 'reference.md: el texto oficial en inglés'},
                 'correction-aerial-interception': {'source': 'nota de prensa del Departamento de Estado '
                                                              '(copia en '
                                                              'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8); '
                                                              'https://prensaperu.pe/2024/05/12/declaracion-conjunta-sobre-el-dialogo-de-alto-nivel-entre-el-peru-y-los-estados-unidos/'},
                 'correction-april-29': {'source': 'reference.md; el ordinal distorsionado (no se encontró '
                                                   'ninguna otra mención de una reunión del 29 de abril de '
                                                   '2024; se revisó la prensa en español el 1 de diciembre '
                                                   'de 2026)'},
                 'correction-citizen-security': {'source': 'https://foreignpolicywatchdog.com/united-states/joint-statement-by-secretary-of-state-antony-j-blinken-and-minister-for-foreign-affairs-javier-gonzalez-olachea-united-states-department-of-state '
                                                           '(la declaración del 14 de marzo de 2024 que '
                                                           'acordó un grupo para fortalecer la seguridad '
                                                           'ciudadana); '
                                                           'https://www.gob.pe/institucion/rree/noticias/921196-declaracion-conjunta-del-secretario-de-estado-antony-blinken-y-el-ministro-de-relaciones-exteriores-javier-gonzalez-olaechea'},
                 'correction-apep': {'source': 'https://www.thompsonhinesmartrade.com/2023/01/u-s-hosts-initial-ministerial-of-the-americas-partnership-for-economic-prosperity/'},
                 'correction-apec-host': {'source': 'https://foreignpolicywatchdog.com/united-states/joint-statement-by-secretary-of-state-antony-j-blinken-and-minister-for-foreign-affairs-javier-gonzalez-olachea-united-states-department-of-state '
                                                    '(la declaración del 14 de marzo de 2024 dice esto de '
                                                    'APEC; respalda esta lectura, pero no la prueba)'},
                 'correction-cuzco-century': {'source': 'reference.md; las fuentes discrepan: '
                                                        'https://www.infobae.com/peru/2025/06/05/robada-en-2008-de-un-templo-en-cusco-esta-obra-virreinal-regreso-desde-eeuu-y-ahora-puede-verse-en-muestra-gratuita-en-lima '
                                                        'atribuye el estilo al siglo XVIII'},
                 'correction-peru-and-peru': {'source': 'reference.md: el contexto de la oración'},
                 'correction-longstanding': {'source': 'nota de prensa del Departamento de Estado (copia en '
                                                       'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8); '
                                                       'https://jisipnews.com/politics/joint-statement-on-u-s-peru-high-level-dialogue'},
                 'correction-p4-initiatives': {'source': 'nota de prensa del Departamento de Estado (copia '
                                                         'en '
                                                         'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8)'},
                 'correction-high-level-dialogue-p5': {'source': 'nota de prensa del Departamento de Estado '
                                                                 '(copia en '
                                                                 'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8)'},
                 'correction-civil-aviation': {'source': 'nota de prensa del Departamento de Estado (copia '
                                                         'en '
                                                         'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8); '
                                                         'el texto oficial en español dice "protección de la '
                                                         'aviación civil": '
                                                         'https://prensaperu.pe/2024/05/12/declaracion-conjunta-sobre-el-dialogo-de-alto-nivel-entre-el-peru-y-los-estados-unidos/'},
                 'correction-csii-title': {'source': 'nota de prensa del Departamento de Estado (copia en '
                                                     'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8)'},
                 'correction-strengthen-relations': {'source': 'reference.md: el contexto de la oración (no '
                                                               'se pudo leer el párrafo oficial)'},
                 'correction-high-level-dialogue-p23': {'source': 'nota de prensa del Departamento de Estado '
                                                                  '(copia en '
                                                                  'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8) '
                                                                  '(párrafos 3 y 5)'}},
 'progress': {'aerial-interception-agreement': {'promise': 'Ambos saludaron la entrada en vigor del Acuerdo '
                                                           'de Interceptación Aérea.',
                                                'reason': 'El intercambio de información de radar se reanudó '
                                                          'en noviembre de 2024 y la ayuda antidrogas '
                                                          'estadounidense continuó; no se informó de ninguna '
                                                          'suspensión del programa.',
                                                'source': 'las novedades citadas'},
              'csii-memorandum': {'promise': 'Ambos firmaron el memorando sobre el CSII, el primer paso para '
                                             'la implementación del acuerdo.',
                                  'reason': 'Firmado el 9 de mayo de 2024; en noviembre de 2024 se informa '
                                            'del intercambio de datos de radar que el memorando prepara.',
                                  'source': 'la declaración (párrafo 7); una columna de opinión que nombra a '
                                            'sus firmantes (fuente única, de opinión): '
                                            'https://guik.pe/interceptacion-aerea'},
              'blue-dot-network': {'promise': 'El Perú se unió a la Red Blue Dot, el primer país de América '
                                              'Latina en hacerlo.',
                                   'reason': 'La adhesión fue el acto en sí; no se encontró ninguna '
                                             'certificación Blue Dot de un proyecto peruano, y una página '
                                             'sin fecha del Departamento de Estado no incluye al Perú entre '
                                             'los miembros (no concluyente).',
                                   'source': 'la declaración (párrafo 8); '
                                             'https://public-preview-server.prod.cstreetsandbox.com/blue-dot-network'},
              'critical-minerals': {'promise': 'Promover la inversión minera y la cooperación en minerales '
                                               'críticos; el Perú postularía al Foro MSP.',
                                    'reason': 'El Perú ya era miembro activo del Foro MSP en febrero de '
                                              '2025, pero el 4 de febrero de 2026 se anunció que el FORGE '
                                              'reemplazaría a la MSP; la cooperación en minerales como tal '
                                              'continúa (dos memorandos de entendimiento). No se encontró si '
                                              'el Perú forma parte del FORGE.',
                                    'source': 'las novedades citadas'},
              'trade-and-investment': {'promise': 'Ampliar la inversión, el comercio y los intercambios '
                                                  'empresariales, y fortalecer los lazos económicos.',
                                       'reason': 'Un revés y un alivio parcial: un arancel estadounidense de '
                                                 '10% desde abril de 2025 pese al acuerdo y, luego, '
                                                 'exenciones para más de 100 productos agrícolas en '
                                                 'noviembre de 2025 (los arándanos siguen gravados).',
                                       'source': 'las novedades citadas'},
              'migration-cooperation': {'promise': 'Cooperar en materia migratoria, en coordinación con '
                                                   'organismos internacionales, frente a las preocupaciones '
                                                   'regionales.',
                                        'reason': 'La cooperación continuó, pero se orientó a los retornos '
                                                  '(vuelos de deportación, verificación de nacionalidad); la '
                                                  'parte con organismos internacionales se resintió por los '
                                                  'recortes de ayuda de 2025.',
                                        'source': 'las novedades citadas'},
              'citizen-security-working-group': {'promise': 'Ambos saludaron la reunión inaugural del grupo '
                                                            'de trabajo sobre seguridad ciudadana y crimen '
                                                            'transnacional.',
                                                 'reason': 'La reunión que saludó el Diálogo fue anterior a '
                                                           'él (el 29 de abril de 2024, según una lectura '
                                                           'del pasaje distorsionado), así que no fue un '
                                                           'acto del propio Diálogo; no se encontró ninguna '
                                                           'reunión posterior de este grupo de trabajo, '
                                                           'aunque ambos gobiernos persiguieron sus '
                                                           'objetivos por otros canales (véanse las pruebas '
                                                           'citadas).',
                                                 'source': 'la declaración (párrafo 12)'},
              'disaster-response': {'promise': 'El Departamento de Estado y la FEMA se asociarían con el '
                                               'Perú para fortalecer la capacidad de respuesta ante '
                                               'desastres.',
                                    'reason': 'No se encontró ninguna actividad de la FEMA con el Perú '
                                              'después de mayo de 2024; el trabajo de la USAID en desastres '
                                              'en el Perú se suspendió en 2025.',
                                    'source': 'búsqueda de "FEMA" junto con "Perú" e "INDECI" (investigación '
                                              'para el issue 17)'},
              'first-smr-conference': {'promise': 'El Perú sería sede de la segunda conferencia '
                                                  'latinoamericana del programa FIRST sobre reactores '
                                                  'modulares pequeños.',
                                       'reason': 'No se encontró ninguna conferencia FIRST organizada por el '
                                                 'Perú; el taller regional FIRST de 2025 se realizó en San '
                                                 'Salvador, con participación del Perú.',
                                       'source': 'la novedad citada'},
              'global-health-security': {'promise': 'Ambos se comprometieron a asociarse en el programa '
                                                    'Global Health Security (Seguridad Sanitaria Mundial).',
                                         'reason': 'En 2024 se convocó una actividad quinquenal de seguridad '
                                                   'sanitaria de la USAID; el congelamiento de la ayuda y el '
                                                   'cierre de la USAID en julio de 2025 hacen improbable una '
                                                   'adjudicación, y no se encontró ninguna.',
                                         'source': 'las novedades citadas'},
              'anti-satellite-tests': {'promise': 'Ambos reiteraron su compromiso de no realizar pruebas de '
                                                  'misiles antisatélite de ascenso directo.',
                                       'reason': 'La reiteración fue el acto en sí; no se encontró ningún '
                                                 'paso bilateral posterior (no se investigó si alguno de los '
                                                 'dos países realizó una prueba).',
                                       'source': 'la declaración (párrafo 16)'},
              'artemis-accords': {'promise': 'El Perú decidió adherirse a los Acuerdos Artemisa.',
                                  'reason': 'El Perú firmó los Acuerdos el 30 de mayo de 2024, y la '
                                            'cooperación espacial con la NASA continuó.',
                                  'source': 'las novedades citadas'},
              'bicentennial-working-group': {'promise': 'Un grupo de trabajo bilateral para organizar el '
                                                        'bicentenario de las relaciones, el 2 de mayo de '
                                                        '2026.',
                                             'reason': 'Las conmemoraciones se iniciaron el 2 de mayo de '
                                                       '2025 y continuaron en 2026; no se encontró '
                                                       'información sobre los actos del 2 de mayo de 2026 '
                                                       'propiamente dichos.',
                                             'source': 'las novedades citadas'},
              'cuzco-school-repatriation': {'promise': 'Ambos participaron en la repatriación de pinturas de '
                                                       'la Escuela Cusqueña recuperadas por el FBI.',
                                            'reason': 'Entregadas en el Diálogo; exhibidas en Lima en junio '
                                                      'de 2025.',
                                            'source': 'la declaración (párrafo 19)'},
              'fta-anniversary': {'promise': 'Ambos celebraron el decimoquinto aniversario del acuerdo de '
                                             'libre comercio.',
                                  'reason': 'La celebración misma fue el acto, realizado en el Diálogo; cómo '
                                            'le ha ido al acuerdo desde entonces (el arancel que los Estados '
                                            'Unidos aplicaron en 2025 a los productos peruanos, en usperu '
                                            'since) es otra cuestión.',
                                  'source': 'la declaración (párrafo 20)'},
              'regional-mechanisms': {'promise': 'Trabajar juntos en mecanismos regionales: APEC, cuyo '
                                                 'anfitrión fue el Perú en 2024, y la APEP.',
                                      'reason': 'La parte de APEC se cumplió (Lima, noviembre de 2024); no '
                                                'se encontró ninguna actividad de la APEP desde enero de '
                                                '2025.',
                                      'source': 'la novedad citada'},
              'oecd-accession': {'promise': 'Los Estados Unidos reconocieron los avances del Perú en su hoja '
                                            'de ruta de adhesión a la OCDE.',
                                 'reason': 'Tres de 23 evaluaciones de comités concluidas a fines de 2025; '
                                           'no se encontró ninguna decisión del Consejo.',
                                 'source': 'la novedad citada'},
              'deforestation-and-illegal-mining': {'promise': 'Ambos cooperarán contra la deforestación y la '
                                                              'minería ilegal.',
                                                   'reason': 'Los programas de la USAID contra la minería '
                                                             'ilegal y los incendios forestales (ECOS, '
                                                             'FUEGO) se retiraron en 2025; no se encontró '
                                                             'ningún programa conjunto nuevo.',
                                                   'source': 'las novedades citadas'},
              'indigenous-communities': {'promise': 'Ambos reafirmaron que protegerán a las comunidades '
                                                    'indígenas.',
                                         'reason': 'No se encontró ninguna acción conjunta después del '
                                                   'Diálogo; los programas de ayuda estadounidense en el '
                                                   'Perú se suspendieron en enero de 2025.',
                                         'source': 'investigación para el issue 17 (se buscó; no se encontró '
                                                   'nada)'},
              'human-rights': {'promise': 'Ambos reafirmaron su compromiso de promover los derechos humanos.',
                               'reason': 'No se encontró ninguna acción conjunta después del Diálogo; los '
                                         'programas de ayuda estadounidense en el Perú se suspendieron en '
                                         'enero de 2025.',
                               'source': 'investigación para el issue 17 (se buscó; no se encontró nada)'},
              'democratic-institutions': {'promise': 'Ambos fortalecerán las instituciones democráticas y '
                                                     'respetarán su independencia.',
                                          'reason': 'Declaraciones estadounidenses de apoyo durante la '
                                                    'transición interina del Perú en 2026, pero ningún '
                                                    'programa conjunto; el trabajo de la USAID en gobernanza '
                                                    'se suspendió.',
                                          'source': 'las novedades citadas'},
              'critical-minerals-mou-talks': {'promise': 'Ambos iniciaron conversaciones sobre un memorando '
                                                         'de cooperación en minerales críticos.',
                                              'reason': 'Las conversaciones culminaron en el memorando de '
                                                        'entendimiento firmado en Lima el 29 de agosto de '
                                                        '2024; el 4 de febrero de 2026 le siguió un segundo '
                                                        'memorando.',
                                              'source': 'las novedades citadas'},
              'further-cooperation-initiatives': {'promise': 'Las sesiones impulsaron la cooperación en '
                                                             'democracia, seguridad ciudadana, crimen '
                                                             'organizado y lazos económicos y culturales.',
                                                  'reason': 'La cooperación en seguridad y contra el crimen '
                                                            'organizado se profundizó en 2025-2026 (un '
                                                            'equipo asesor estadounidense, la condición de '
                                                            'aliado principal no miembro de la OTAN).',
                                                  'source': 'las novedades citadas'},
              'people-to-people-ties': {'promise': 'Ambos reconocieron los vínculos entre los pueblos que '
                                                   'unen a las comunidades de los dos países.',
                                        'reason': 'Un reconocimiento más que un programa; los actos del '
                                                  'bicentenario y la llegada del nuevo embajador le dan '
                                                  'continuidad.',
                                        'source': 'las novedades citadas'}},
 'concepts': {'drugs': {'title': 'Drogas y estupefacientes'},
              'organized-crime-and-citizen-security': {'title': 'Crimen organizado y seguridad ciudadana'},
              'climate-and-energy-transition': {'title': 'Clima y transición energética'},
              'nuclear-power': {'title': 'Energía nuclear'},
              'health-and-pandemics': {'title': 'Salud y pandemias'},
              'critical-minerals-and-mining': {'title': 'Minerales críticos, tierras raras y minería'},
              'cultural-heritage': {'title': 'Patrimonio cultural y arte saqueado'},
              'natural-disasters': {'title': 'Desastres naturales (sismos, inundaciones, Fenómeno El Niño)'},
              'space': {'title': 'Espacio'},
              'trade-agreements': {'title': 'Acuerdos comerciales e integración económica regional'},
              'investment': {'title': 'Inversión'},
              'migration': {'title': 'Migración'},
              'democracy': {'title': 'Democracia'},
              'human-rights': {'title': 'Derechos humanos'},
              'indigenous-peoples': {'title': 'Pueblos indígenas'},
              'environment-and-amazon': {'title': 'Medio ambiente y Amazonía'},
              'education-and-exchanges': {'title': 'Educación, becas e intercambios'},
              'infrastructure': {'title': 'Infraestructura'},
              'aviation-security': {'title': 'Seguridad de la aviación y del espacio aéreo'},
              'anniversaries': {'title': 'Aniversarios y bicentenario'},
              'oecd-and-governance': {'title': 'Adhesión a la OCDE y estándares internacionales'},
              'dialogue-leaders': {'title': 'Quiénes dirigieron el Diálogo'}}}
