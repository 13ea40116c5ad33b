# Generated from data/statement.toml by `python -m usperu._generate`: do not edit.
# tests/test_bundled.py fails when this file is out of step with the data or the code.
"""The bundled dataset, parsed and validated ahead of time (see usperu._loader)."""

import datetime
from typing import Any

DOCUMENT: dict[str, Any] = {'schema_version': 2,
 'developments_checked': datetime.date(2026, 12, 1),
 'statement': {'id': 'statement',
               'title': 'Joint Statement on U.S.-Peru High-Level Dialogue',
               'date': datetime.date(2024, 5, 9),
               'place': 'Washington, DC',
               'issuers': ['Government of the United States of America',
                           'Government of the Republic of Peru'],
               'publisher': 'U.S. Department of State, Office of the Spokesperson',
               'url': 'https://www.state.gov/joint-statement-on-u-s-peru-high-level-dialogue/',
               'archive_url': 'https://2021-2025.state.gov/joint-statement-on-u-s-peru-high-level-dialogue/',
               'summary': 'The first U.S.-Peru High-Level Dialogue: five breakout sessions, fourteen key '
                          'accomplishments and further commitments, from security and critical minerals to '
                          'space and culture.',
               'aliases': ['joint statement', 'High-Level Dialogue', 'HLD', 'Diálogo de Alto Nivel',
                           'declaración conjunta'],
               'aliases_es': ['Declaración conjunta sobre el Diálogo de Alto Nivel entre el Perú y los '
                              'Estados Unidos',
                              'Diálogo de Alto Nivel Perú – Estados Unidos', 'primer Diálogo de Alto Nivel',
                              'Mecanismo de Diálogo Político de Alto Nivel', 'comunicado conjunto',
                              'declaración conjunta Perú Estados Unidos'],
               'notes': [{'text': 'Published as a Media Note of the Office of the Spokesperson, 9 May 2024.',
                          'source': 'reference.md: copy of the state.gov page at publicnow.com',
                          'confidence': 'high'},
                         {'text': 'The official opening reads: "The text of the following statement was '
                                  'released by the Governments of the United States of America and the '
                                  'Republic of Peru on the occasion of the first United States-Peru '
                                  'High-Level Dialogue on May 9 in Washington, D.C." Our copy words it '
                                  'differently.',
                          'source': 'reference.md: copy of the state.gov page at publicnow.com',
                          'confidence': 'high'},
                         {'text': "The URL is inferred from the State Department's URL pattern; no copy we "
                                  'found prints it.',
                          'source': 'reference.md',
                          'confidence': 'medium-low',
                          'claim': 'statement-url'},
                         {'text': 'The State Department moved its 2021-2025 pages to the 2021-2025.state.gov '
                                  'archive; archive_url applies that move to the inferred URL and was not '
                                  'checked live (usperu works offline). Use `usperu cite --url` to cite the '
                                  'address you have verified.',
                          'source': "editorial, from the archive's address pattern",
                          'confidence': 'low',
                          'claim': 'statement-archive-url'},
                         {'text': "Peru's government published the official Spanish text on 12 May 2024: "
                                  'prensaperu.pe/2024/05/12/declaracion-conjunta-sobre-el-dialogo-de-alto-nivel-entre-el-peru-y-los-estados-unidos/',
                          'source': 'reference.md',
                          'confidence': 'high'},
                         {'text': 'Our copy was machine-translated back and forth; where it is garbled the '
                                  'dataset quotes it as it is and explains in notes.',
                          'source': 'reference.md',
                          'confidence': 'high'}]},
 'people': [{'id': 'kurt-campbell',
             'name': 'Kurt Campbell',
             'quoted_name': 'Kurt Campbell',
             'role': 'Deputy Secretary of State',
             'country': 'United States',
             'quote': 'Deputy Secretary of State Kurt Campbell',
             'paragraph': 'paragraph-3',
             'aliases': ['Campbell', 'Kurt M. Campbell'],
             'aliases_es': ['Secretario de Estado Adjunto', 'subsecretario de Estado'],
             'notes': []},
            {'id': 'peter-camino',
             'name': 'Peter Camino',
             'quoted_name': 'Peter Cimino',
             'role': 'Vice Minister of Foreign Affairs',
             'country': 'Peru',
             'quote': 'Peru’s Deputy Minister of Foreign Affairs Ambassador Peter Cimino',
             'paragraph': 'paragraph-3',
             'aliases': ['Peter Cimino', 'Cimino', 'Camino', 'Peter Camino Cannock',
                         'Deputy Minister of Foreign Affairs', 'Vice Minister'],
             'aliases_es': ['Viceministro de Relaciones Exteriores', 'Embajador Peter Camino',
                            'vicecanciller'],
             'notes': [{'text': 'Our copy spells the name "Cimino"; the official English text says '
                                'Ambassador Peter Camino (Peter Camino Cannock).',
                        'source': 'reference.md',
                        'confidence': 'high',
                        'claim': 'camino-name'},
                       {'text': 'Our copy says "Deputy Minister of Foreign Affairs"; the official title is '
                                'Vice Minister of Foreign Affairs.',
                        'source': 'reference.md',
                        'confidence': 'high',
                        'claim': 'vice-minister-title'}]}],
 'sessions': [{'id': 'governance-and-migration',
               'number': 1,
               'title': 'Democratic governance and migration',
               'quote': 'democratic governance and migration',
               'paragraph': 'paragraph-4',
               'aliases': ['democracy', 'democratic governance'],
               'aliases_es': ['gobernanza democrática y migración', 'gobernanza democrática',
                              'gobernabilidad democrática', 'gobernabilidad y migración'],
               'notes': []},
              {'id': 'economic-prosperity',
               'number': 2,
               'title': 'Economic prosperity and inclusive development',
               'quote': 'Cooperation for economic prosperity and inclusive growth',
               'paragraph': 'paragraph-4',
               'aliases': ['inclusive development', 'inclusive growth', 'economy', 'economic cooperation'],
               'aliases_es': ['cooperación para la prosperidad económica y el desarrollo inclusivo',
                              'prosperidad económica', 'desarrollo inclusivo', 'cooperación económica',
                              'crecimiento inclusivo'],
               'notes': [{'text': 'Our copy says "inclusive growth"; the official session title says '
                                  '"inclusive development".',
                          'source': 'reference.md',
                          'confidence': 'high'}]},
              {'id': 'environment-and-disasters',
               'number': 3,
               'title': 'Environmental protection and disaster preparedness',
               'quote': 'environmental protection and disaster preparedness',
               'paragraph': 'paragraph-4',
               'aliases': ['environment', 'disaster preparedness'],
               'aliases_es': ['protección medioambiental y preparación ante desastres',
                              'protección medioambiental', 'preparación ante desastres',
                              'medio ambiente y desastres', 'medio ambiente', 'protección ambiental',
                              'gestión del riesgo de desastres'],
               'notes': []},
              {'id': 'security-and-defense',
               'number': 4,
               'title': 'Security and defense',
               'quote': 'safety and security',
               'paragraph': 'paragraph-4',
               'aliases': ['safety and security', 'security', 'defense', 'defence'],
               'aliases_es': ['seguridad y defensa', 'seguridad', 'defensa'],
               'notes': [{'text': 'Our copy says "safety and security"; the official session title says '
                                  '"security and defense".',
                          'source': 'reference.md',
                          'confidence': 'high'}]},
              {'id': 'education-and-culture',
               'number': 5,
               'title': 'Education and culture',
               'quote': 'education and culture',
               'paragraph': 'paragraph-4',
               'aliases': ['education', 'culture'],
               'aliases_es': ['educación y cultura', 'educación', 'cultura'],
               'notes': []}],
 'achievements': [{'id': 'aerial-interception-agreement',
                   'number': 1,
                   'title': 'Aerial interception agreement enters into force',
                   'quote': 'Peru and the United States welcomed the entry into force of the air '
                            'interdiction agreement which enhances our security cooperation and civil '
                            'aviation security in accordance with international law.',
                   'paragraph': 'paragraph-6',
                   'actors': 'both',
                   'status': 'in force',
                   'sessions': ['security-and-defense'],
                   'topics': ['security', 'aviation', 'counternarcotics'],
                   'aliases': ['air-interdiction-agreement', 'air interdiction agreement',
                               'aerial interception', 'interception'],
                   'aliases_es': ['Acuerdo de Interceptación Aérea', 'acuerdo sobre interceptación aérea',
                                  'interceptación aérea', 'Acuerdo de Interceptación Aérea No Letal',
                                  'interceptación aérea no letal', 'programa de interceptación aérea',
                                  'protección de la aviación civil', 'interdicción aérea'],
                   'notes': [{'text': 'The official English calls it an "aerial interception agreement" and '
                                      'the official Spanish text an "acuerdo sobre interceptación aérea" '
                                      '(Acuerdo de Interceptación Aérea). "Air interdiction" is our copy\'s '
                                      'mistranslation, and it reverses the meaning: interdiction means '
                                      'forcing down or destroying aircraft.',
                              'source': 'State Department media note (copy at publicnow.com); '
                                        'https://prensaperu.pe/2024/05/12/declaracion-conjunta-sobre-el-dialogo-de-alto-nivel-entre-el-peru-y-los-estados-unidos/',
                              'confidence': 'high',
                              'claim': 'aerial-interception-name'},
                             {'text': 'When it was signed, the U.S. Embassy in Lima said that the agreement '
                                      'does not permit air interdiction: U.S. help may not be used to '
                                      'damage, destroy, disable or threaten civil aircraft. Interception '
                                      'here means approaching an aircraft to identify it and, if needed, '
                                      'sending it back to its route, escorting it out or ordering it to '
                                      'land.',
                              'source': 'the U.S. Embassy communiqué of 25 August 2023, as quoted by '
                                        'Milenio, April 2024 (its report of the Congress vote of 18 April '
                                        '2024): '
                                        'https://amp.milenio.com/internacional/peru-aprueba-acuerdo-con-eu-para-interceptar-narcoavionetas',
                              'confidence': 'medium-high'},
                             {'text': 'Signed in Lima on 24 August 2023 by Foreign Minister Ana Cecilia '
                                      "Gervasi and Ambassador Lisa Kenna; approved by Peru's Congress on 18 "
                                      'April 2024; it entered into force between then and the Dialogue (the '
                                      'exact date was not found).',
                              'source': 'https://rpp.pe/politica/congreso/congreso-aprobo-resolucion-legislativa-de-acuerdo-entre-peru-y-estados-unidos-para-combatir-el-narcotrafico-noticia-1548823',
                              'confidence': 'medium-high',
                              'claim': 'aerial-interception-dates'}]},
                  {'id': 'csii-memorandum',
                   'number': 2,
                   'title': 'Memorandum of Understanding on the CSII system signed',
                   'quote': 'The two countries signed a “Memorandum of Understanding relating to Cooperative '
                            'Situational Information Integration System” (CSII), which is the first step '
                            'towards implementing the agreement.',
                   'paragraph': 'paragraph-7',
                   'actors': 'both',
                   'status': 'signed',
                   'sessions': ['security-and-defense'],
                   'topics': ['security', 'aviation'],
                   'aliases': ['CSII', 'Cooperative Situational Information Integration System',
                               'Sistema Cooperativo de Integración de Información Situacional', 'MOU',
                               'memorandum'],
                   'aliases_es': ['Memorando de Entendimiento sobre el Sistema Cooperativo de Integración de '
                                  'Información Situacional',
                                  'memorando de entendimiento', 'memorándum de entendimiento', 'MdE'],
                   'notes': [{'text': '"The agreement" it implements is the aerial interception agreement of '
                                      'achievement 1; the official Spanish text names it (Acuerdo de '
                                      'Interceptación Aérea).',
                              'source': 'https://prensaperu.pe/2024/05/12/declaracion-conjunta-sobre-el-dialogo-de-alto-nivel-entre-el-peru-y-los-estados-unidos/',
                              'confidence': 'high'}]},
                  {'id': 'blue-dot-network',
                   'number': 3,
                   'title': 'Peru joins the Blue Dot Network',
                   'quote': 'Peru became the first country in Latin America to join the Blue Dot Network '
                            'initiative, a key mechanism to promote high-quality infrastructure projects.',
                   'paragraph': 'paragraph-8',
                   'actors': 'peru',
                   'status': 'joined',
                   'sessions': ['economic-prosperity'],
                   'topics': ['infrastructure', 'investment'],
                   'aliases': ['Blue Dot', 'infrastructure certification'],
                   'aliases_es': ['iniciativa Blue Dot Network', 'Red Punto Azul', 'Red Blue Dot',
                                  'proyectos de infraestructura de alta calidad',
                                  'infraestructura de calidad'],
                   'notes': [{'text': 'The Blue Dot Network was announced in November 2019 by the United '
                                      'States, Japan and Australia; its certification was launched at the '
                                      'OECD in Paris on 9 April 2024.',
                              'source': 'reference.md: state.gov Blue Dot FAQ',
                              'confidence': 'high'}]},
                  {'id': 'critical-minerals',
                   'number': 4,
                   'title': 'Cooperation on mining and critical minerals; Peru decides to apply to the MSP '
                            'Forum',
                   'quote': 'Peru and the United States agreed to promote investment in Peru’s mining sector '
                            'and strengthen their cooperation on critical minerals. The United States '
                            'welcomed Peru’s decision to become the first country to apply for membership of '
                            'the Mineral Security Partnership Forum. Additionally, both countries began '
                            'discussions on a Memorandum of Understanding on Cooperation in Critical '
                            'Minerals that will strengthen cooperation and exchange of information on this '
                            'matter.',
                   'paragraph': 'paragraph-9',
                   'actors': 'both',
                   'status': 'decided',
                   'sessions': ['economic-prosperity'],
                   'topics': ['critical-minerals', 'mining', 'investment'],
                   'aliases': ['MSP', 'Minerals Security Partnership', 'MSP Forum', 'mining'],
                   'aliases_es': ['minerales críticos', 'mineral crítico',
                                  'Memorando de Entendimiento de Cooperación en Minerales Críticos',
                                  'sector minero peruano', 'inversiones en el sector minero',
                                  'Foro de la Asociación para la Seguridad de los Minerales',
                                  'Asociación para la Seguridad de los Minerales', 'cooperación minera',
                                  'inversión minera', 'minería'],
                   'notes': [{'text': 'The partnership is the Minerals Security Partnership (MSP), announced '
                                      'on 14 June 2022. Its partners agreed in Toronto on 3 March 2024 to '
                                      'create an MSP Forum for mineral-producing countries, and met Peru and '
                                      'other Western Hemisphere producers that day; the Forum was formally '
                                      "launched in Leuven on 5 April 2024. Peru's application is to that "
                                      'Forum.',
                              'source': 'https://breakingnewsinternational.com/world-news/joint-statement-of-the-minerals-security-partnership/ '
                                        '(copy of the MSP joint statement of 3 March 2024); '
                                        'https://thefrontierpost.com/secretary-blinken-officially-launches-the-minerals-security-partnership-forum-with-the-european-commission/amp/',
                              'confidence': 'high',
                              'claim': 'msp-forum-origin'},
                             {'text': 'Our copy, like the official English, says "Mineral Security '
                                      'Partnership Forum"; the partnership\'s own name is the Minerals '
                                      'Security Partnership.',
                              'source': 'reference.md',
                              'confidence': 'high'},
                             {'text': 'The statement says Peru decided to apply; when Peru was admitted to '
                                      'the Forum was not found (see `usperu since --record '
                                      'critical-minerals`).',
                              'source': 'editorial',
                              'confidence': 'high'}]},
                  {'id': 'trade-and-investment',
                   'number': 5,
                   'title': 'Commitment to expand investment, trade and commercial exchanges',
                   'quote': 'Both countries reiterated their commitment to expand investment, strengthen '
                            'trade, and commercial exchanges between Peruvian and U.S. entrepreneurs and '
                            'further strengthen economic ties.',
                   'paragraph': 'paragraph-10',
                   'actors': 'both',
                   'status': 'reiterated',
                   'sessions': ['economic-prosperity'],
                   'topics': ['trade', 'investment'],
                   'aliases': ['commerce', 'entrepreneurs', 'economic ties'],
                   'aliases_es': ['ampliar las inversiones', 'fortalecer el comercio',
                                  'intercambios comerciales', 'emprendedores estadounidenses y peruanos',
                                  'lazos económicos', 'inversión', 'comercio'],
                   'notes': []},
                  {'id': 'migration-cooperation',
                   'number': 6,
                   'title': 'Cooperation on migration',
                   'quote': 'Both countries are committed to cooperating on migration, including working '
                            'with international organizations to address regional migration concerns.',
                   'paragraph': 'paragraph-11',
                   'actors': 'both',
                   'status': 'committed',
                   'sessions': ['governance-and-migration'],
                   'topics': ['migration'],
                   'aliases': ['migrants', 'regional migration'],
                   'aliases_es': ['cooperación en materia de migración', 'colaborar en materia de migración',
                                  'preocupaciones migratorias regionales', 'migración', 'migración regional',
                                  'migrantes'],
                   'notes': []},
                  {'id': 'citizen-security-working-group',
                   'number': 7,
                   'title': 'Inaugural meeting of the Working Group on citizen security and transnational '
                            'organized crime',
                   'quote': 'Both countries welcomed 29 Aprilth Inaugural meeting of the Working Group on '
                            'Strengthening Civil Protection and the Fight against Transnational Crime.',
                   'paragraph': 'paragraph-12',
                   'actors': 'both',
                   'status': 'held',
                   'sessions': ['security-and-defense'],
                   'topics': ['security', 'transnational-crime', 'citizen-security'],
                   'aliases': ['civil-protection-working-group', 'civil protection', 'citizen security',
                               'April 29 inaugural meeting', 'working group',
                               'transnational organized crime'],
                   'aliases_es': ['seguridad ciudadana',
                                  'Grupo de Trabajo para el Fortalecimiento de la Seguridad Ciudadana y la '
                                  'Lucha contra la Delincuencia Organizada Transnacional',
                                  'delincuencia organizada transnacional', 'crimen organizado transnacional',
                                  'lucha contra la delincuencia organizada transnacional', 'grupo de trabajo',
                                  'reunión inaugural'],
                   'notes': [{'text': 'Our copy\'s "Civil Protection" renders the Spanish "seguridad '
                                      'ciudadana", citizen security: on 14 March 2024 Secretary Blinken and '
                                      'Foreign Minister González-Olaechea agreed to create a working group '
                                      'on citizen security and the fight against transnational organized '
                                      'crime, drug trafficking included.',
                              'source': 'https://www.gob.pe/institucion/rree/noticias/921196-declaracion-conjunta-del-secretario-de-estado-antony-blinken-y-el-ministro-de-relaciones-exteriores-javier-gonzalez-olaechea',
                              'confidence': 'high',
                              'claim': 'working-group-origin'},
                             {'text': '"29 Aprilth" is garbled; the meeting is most likely the April 29 '
                                      '(2024) inaugural meeting, a reading of the garble, not the official '
                                      'wording. No report of it other than the statement was found (Spanish '
                                      'press searched again on 1 December 2026).',
                              'source': 'reference.md; research for issue 17',
                              'confidence': 'medium',
                              'claim': 'working-group-inaugural-date'}]},
                  {'id': 'disaster-response',
                   'number': 8,
                   'title': "State Department and FEMA to help strengthen Peru's disaster response",
                   'quote': 'The United States announced that the State Department and FEMA will partner '
                            'with Peru to enhance Peru’s disaster response capacity.',
                   'paragraph': 'paragraph-13',
                   'actors': 'us',
                   'status': 'announced',
                   'sessions': ['environment-and-disasters'],
                   'topics': ['disaster-response'],
                   'aliases': ['FEMA', 'Federal Emergency Management Agency', 'disaster preparedness',
                               'emergency management'],
                   'aliases_es': ['respuesta a desastres naturales', 'capacidad de respuesta ante desastres',
                                  'Agencia Federal para el Manejo de Emergencias', 'desastres naturales',
                                  'gestión de emergencias', 'gestión del riesgo de desastres'],
                   'notes': []},
                  {'id': 'first-smr-conference',
                   'number': 9,
                   'title': 'Peru to host the second Latin American FIRST conference on small modular '
                            'reactors',
                   'quote': 'Peru announced that it will, with the support of the United States, host the '
                            'second Latin American Regional Foundational Infrastructure (FIRST) Program '
                            'capacity-building conference for the responsible use of small modular reactor '
                            'technology to promote the energy transition in the region. Will advance the '
                            'safe and peaceful use of energy. ,',
                   'paragraph': 'paragraph-14',
                   'actors': 'peru',
                   'status': 'announced',
                   'sessions': ['environment-and-disasters'],
                   'topics': ['energy', 'nuclear'],
                   'aliases': ['FIRST',
                               'Foundational Infrastructure for Responsible Use of Small Modular Reactor '
                               'Technology',
                               'SMR', 'small modular reactors', 'nuclear energy'],
                   'aliases_es': ['Infraestructura Fundamental para el Uso Responsable de la Tecnología de '
                                  'Reactores Modulares Pequeños',
                                  'programa FIRST', 'reactores modulares pequeños', 'reactor modular pequeño',
                                  'energía nuclear', 'transición energética',
                                  'uso seguro y pacífico de la energía',
                                  'conferencia regional de fortalecimiento de capacidades'],
                   'notes': [{'text': 'FIRST is the Foundational Infrastructure for Responsible Use of Small '
                                      'Modular Reactor Technology, a U.S. State Department capacity-building '
                                      'program announced in April 2021.',
                              'source': 'reference.md: agenparl.eu (8 Oct 2021)',
                              'confidence': 'high'},
                             {'text': '"Will advance the safe and peaceful use of energy. ," is a broken '
                                      'clause; the original was not recovered.',
                              'source': 'reference.md',
                              'confidence': 'high'}]},
                  {'id': 'global-health-security',
                   'number': 10,
                   'title': 'Partnership in the Global Health Security program',
                   'quote': 'The United States and Peru have committed to partner in the Global Health '
                            'Security Program (GHS), which aims to strengthen the capabilities of global '
                            'health systems, making them more resilient to prevent, detect, and respond to '
                            'emerging infectious disease threats. Is. ,',
                   'paragraph': 'paragraph-15',
                   'actors': 'both',
                   'status': 'committed',
                   'sessions': ['environment-and-disasters'],
                   'topics': ['health'],
                   'aliases': ['GHS', 'Global Health Security', 'infectious disease', 'pandemic'],
                   'aliases_es': ['Seguridad Sanitaria Mundial', 'Programa de Seguridad Sanitaria Mundial',
                                  'Seguridad Sanitaria Global', 'enfermedades infecciosas emergentes',
                                  'sistemas de salud', 'pandemia', 'salud'],
                   'notes': [{'text': 'GHS refers to the U.S. Global Health Security partnerships (2024 U.S. '
                                      'Global Health Security Strategy).',
                              'source': 'reference.md: state.gov pages',
                              'confidence': 'medium'},
                             {'text': '"Is. ," is a broken clause; the original was not recovered.',
                              'source': 'reference.md',
                              'confidence': 'high'},
                             {'text': 'Mapped to the environmental protection and disaster preparedness '
                                      'session: the program is about preparing for and responding to '
                                      'outbreaks, which is closest to disaster preparedness; the statement '
                                      'does not say which session.',
                              'source': 'editorial',
                              'confidence': 'medium'}]},
                  {'id': 'anti-satellite-tests',
                   'number': 11,
                   'title': 'Commitment not to conduct direct-ascent anti-satellite missile tests reiterated',
                   'quote': 'Both countries reiterated their commitment not to conduct direct-ascent '
                            'anti-satellite missile tests.',
                   'paragraph': 'paragraph-16',
                   'actors': 'both',
                   'status': 'reiterated',
                   'sessions': ['security-and-defense'],
                   'topics': ['space', 'security'],
                   'aliases': ['ASAT', 'DA-ASAT', 'anti-satellite', 'ASAT test moratorium', 'space security'],
                   'aliases_es': ['pruebas de misiles antisatélite',
                                  'pruebas destructivas de misiles antisatélite de ascenso directo',
                                  'misiles antisatélite de ascenso directo', 'antisatélite',
                                  'seguridad espacial', 'seguridad en el espacio ultraterrestre'],
                   'notes': [{'text': 'This is the DA-ASAT test pledge: the United States pledged on 18 '
                                      'April 2022 not to conduct destructive direct-ascent anti-satellite '
                                      'missile tests, and UN General Assembly resolution 77/41 (7 December '
                                      '2022, 155 votes to 9) called on all states to do the same. '
                                      '"Destructive" is in the pledge\'s name, not in our copy.',
                              'source': 'reference.md: swfound.org; '
                                        'https://press.un.org/en/2022/ga12478.doc.htm',
                              'confidence': 'high',
                              'claim': 'da-asat-pledge'},
                             {'text': 'Status "reiterated" is the statement\'s verb for both countries. No '
                                      'source was found for when, or whether, Peru made its own pledge '
                                      'before the Dialogue.',
                              'source': 'editorial; '
                                        'https://swfound.org/news/all-news/2023/10/direct-ascent-anti-satellite-missile-tests-state-positions-on-the-moratorium-unga-resolution-and-lessons-for-the-future/',
                              'confidence': 'medium'}]},
                  {'id': 'artemis-accords',
                   'number': 12,
                   'title': 'Peru decides to join the Artemis Accords',
                   'quote': 'The United States welcomes Peru’s decision to join the Artemis Accords for '
                            'cooperation in the peaceful uses of outer space.',
                   'paragraph': 'paragraph-17',
                   'actors': 'peru',
                   'status': 'decided',
                   'sessions': ['education-and-culture'],
                   'topics': ['space', 'science'],
                   'aliases': ['Artemis', 'NASA', 'outer space', 'space exploration'],
                   'aliases_es': ['Acuerdos de Artemisa', 'Acuerdos Artemisa', 'Acuerdos Artemis',
                                  'espacio ultraterrestre', 'usos pacíficos del espacio ultraterrestre',
                                  'exploración espacial', 'espacio'],
                   'notes': [{'text': "The statement records Peru's decision, which the United States "
                                      'welcomes: Peru is the actor. Peru signed the Accords on 30 May 2024 '
                                      '(see `usperu since --record artemis-accords`).',
                              'source': 'editorial; NASA release 24-075',
                              'confidence': 'high'},
                             {'text': 'Mapped to the education and culture session as civil science '
                                      'cooperation, unlike the pledge on missile tests in space (achievement '
                                      '11), which is a security commitment; the statement does not say which '
                                      'session.',
                              'source': 'editorial',
                              'confidence': 'medium'}]},
                  {'id': 'bicentennial-working-group',
                   'number': 13,
                   'title': 'Working group for the bicentennial of diplomatic relations',
                   'quote': 'Peru and the United States created a bilateral working group to organize '
                            'celebrations in honor of our 200th Anniversary of diplomatic relations on May '
                            '2, 2026.',
                   'paragraph': 'paragraph-18',
                   'actors': 'both',
                   'status': 'created',
                   'sessions': ['education-and-culture'],
                   'topics': ['diplomacy', 'culture'],
                   'aliases': ['bicentennial', 'bicentenary', '200th anniversary', 'diplomatic relations'],
                   'aliases_es': ['bicentenario de relaciones diplomáticas',
                                  '200 años de relaciones diplomáticas', 'bicentenario',
                                  'relaciones diplomáticas', 'grupo de trabajo bilateral',
                                  '200 aniversario'],
                   'notes': []},
                  {'id': 'cuzco-school-repatriation',
                   'number': 14,
                   'title': 'Repatriation of Cuzco School paintings recovered by the FBI',
                   'quote': 'Both countries participated in the repatriation of artwork from 17th The 19th '
                            'Century Cuzco School of Peruvian Painting which was recovered by the FBI.',
                   'paragraph': 'paragraph-19',
                   'actors': 'both',
                   'status': 'repatriated',
                   'sessions': ['education-and-culture'],
                   'topics': ['culture', 'cultural-heritage'],
                   'aliases': ['Cusco School', 'Cusco', 'Escuela Cuzqueña', 'FBI', 'paintings',
                               'cultural property', 'Surimana'],
                   'aliases_es': ['Escuela Cusqueña', 'Escuela Cuzqueña', 'Escuela Cuzqueña de Pintura',
                                  'Díptico San José, el Niño Jesús y San Cristóbal', 'pinturas virreinales',
                                  'repatriación', 'restitución', 'patrimonio cultural', 'bienes culturales',
                                  'arte colonial'],
                   'notes': [{'text': 'The two repatriated paintings (a diptych of Saint Joseph, the Infant '
                                      'Jesus and Saint Christopher, from the parish of Surimana, Canas, '
                                      'Cusco) were recovered by the FBI in New Mexico and handed over at the '
                                      'Dialogue.',
                              'source': 'reference.md; '
                                        'https://andina.pe/ingles/noticia-fbi-delivers-two-viceregal-paintings-for-return-to-peru-985126.aspx',
                              'confidence': 'high'},
                             {'text': 'Andina dates the paintings to the 17th century; a 2025 Infobae '
                                      'article calls their style 18th-century. Our copy\'s "17th The 19th '
                                      'Century" is garbled.',
                              'source': 'reference.md; '
                                        'https://www.infobae.com/peru/2025/06/05/robada-en-2008-de-un-templo-en-cusco-esta-obra-virreinal-regreso-desde-eeuu-y-ahora-puede-verse-en-muestra-gratuita-en-lima',
                              'confidence': 'medium-low',
                              'claim': 'cuzco-paintings-century'}]}],
 'commitments': [{'id': 'fta-anniversary',
                  'title': '15th anniversary of the U.S.-Peru Trade Promotion Agreement',
                  'quote': 'Both countries celebrated the 15th anniversary of their free trade agreement and '
                           'acknowledged its benefits and achievements.',
                  'paragraph': 'paragraph-20',
                  'actors': 'both',
                  'status': 'celebrated',
                  'sessions': ['economic-prosperity'],
                  'topics': ['trade'],
                  'aliases': ['FTA', 'TPA', 'Trade Promotion Agreement',
                              'United States–Peru Trade Promotion Agreement', 'free trade'],
                  'aliases_es': ['Acuerdo de Promoción Comercial', 'APC', 'TLC', 'Tratado de Libre Comercio',
                                 'acuerdo de libre comercio', '15 aniversario', 'decimoquinto aniversario'],
                  'notes': [{'text': 'The agreement is the United States–Peru Trade Promotion Agreement '
                                     '(TPA), signed 12 April 2006 and in force since 1 February 2009. Our '
                                     'copy calls it a "free trade agreement"; neither "FTA" nor "TPA" '
                                     'appears in it.',
                             'source': 'reference.md: USTR (archived)',
                             'confidence': 'high',
                             'claim': 'tpa-dates'}]},
                 {'id': 'regional-mechanisms',
                  'title': 'Promote regional mechanisms: APEP and APEC',
                  'quote': 'In the same spirit, both states underlined their resolve to promote regional '
                           'mechanisms that promote integration and cooperation, such as the US Partnership '
                           'for Economic Prosperity and the Asia-Pacific Economic Cooperation (APEC) Forum, '
                           'which they chair this year. Peru did.',
                  'paragraph': 'paragraph-20',
                  'actors': 'both',
                  'status': 'committed',
                  'sessions': ['economic-prosperity'],
                  'topics': ['trade', 'regional-integration'],
                  'aliases': ['APEP', 'Americas Partnership for Economic Prosperity', 'APEC',
                              'Asia-Pacific Economic Cooperation', 'APEC 2024'],
                  'aliases_es': ['Alianza de las Américas para la Prosperidad Económica',
                                 'Foro de Cooperación Económica Asia-Pacífico', 'APEC Perú 2024', 'APEC Perú',
                                 'mecanismos regionales', 'integración regional'],
                  'notes': [{'text': '"US Partnership for Economic Prosperity" is the Americas Partnership '
                                     "for Economic Prosperity (APEP), launched 8 June 2022; the statement's "
                                     'exact wording is not confirmed.',
                             'source': 'reference.md',
                             'confidence': 'high'},
                            {'text': '"which they chair this year. Peru did." most likely reads "which Peru '
                                     'is hosting this year": Peru hosted APEC in 2024.',
                             'source': 'reference.md',
                             'confidence': 'medium',
                             'claim': 'apec-host-reading'}]},
                 {'id': 'oecd-accession',
                  'title': "Peru's progress toward OECD membership recognized",
                  'quote': 'Furthermore, the United States recognized Peru’s progress on its accession '
                           'roadmap toward becoming a member of the OECD.',
                  'paragraph': 'paragraph-20',
                  'actors': 'us',
                  'status': 'recognized',
                  'sessions': ['economic-prosperity'],
                  'topics': ['oecd', 'governance'],
                  'aliases': ['OECD', 'Organisation for Economic Co-operation and Development',
                              'accession roadmap'],
                  'aliases_es': ['OCDE', 'Organización para la Cooperación y el Desarrollo Económicos',
                                 'hoja de ruta de adhesión', 'adhesión a la OCDE'],
                  'notes': [{'text': "Peru's OECD accession talks opened on 25 January 2022; its roadmap was "
                                     'adopted on 10 June 2022.',
                             'source': 'reference.md: oecd.org',
                             'confidence': 'high'}]},
                 {'id': 'deforestation-and-illegal-mining',
                  'title': 'Jointly combat illegal deforestation and illegal mining',
                  'quote': 'jointly combat illegal deforestation and illegal mining',
                  'paragraph': 'paragraph-21',
                  'actors': 'both',
                  'status': 'reaffirmed',
                  'sessions': ['environment-and-disasters'],
                  'topics': ['environment', 'mining'],
                  'aliases': ['deforestation', 'illegal mining', 'environmental crime'],
                  'aliases_es': ['deforestación ilegal', 'minería ilegal', 'deforestación', 'tala ilegal',
                                 'delitos ambientales'],
                  'notes': []},
                 {'id': 'indigenous-communities',
                  'title': 'Protect indigenous communities',
                  'quote': 'protect indigenous communities',
                  'paragraph': 'paragraph-21',
                  'actors': 'both',
                  'status': 'reaffirmed',
                  'sessions': ['governance-and-migration'],
                  'topics': ['human-rights', 'indigenous-peoples'],
                  'aliases': ['indigenous peoples', 'native communities'],
                  'aliases_es': ['comunidades indígenas', 'pueblos indígenas',
                                 'pueblos indígenas u originarios', 'comunidades nativas'],
                  'notes': []},
                 {'id': 'human-rights',
                  'title': 'Promote human rights',
                  'quote': 'promoting human rights',
                  'paragraph': 'paragraph-21',
                  'actors': 'both',
                  'status': 'reaffirmed',
                  'sessions': ['governance-and-migration'],
                  'topics': ['human-rights'],
                  'aliases': ['rights'],
                  'aliases_es': ['derechos humanos', 'promover los derechos humanos'],
                  'notes': []},
                 {'id': 'democratic-institutions',
                  'title': 'Strengthen democratic institutions and respect their independence',
                  'quote': 'strengthen democratic institutions and respect their independence',
                  'paragraph': 'paragraph-21',
                  'actors': 'both',
                  'status': 'reaffirmed',
                  'sessions': ['governance-and-migration'],
                  'topics': ['democracy', 'governance'],
                  'aliases': ['democracy', 'rule of law', 'institutional independence'],
                  'aliases_es': ['instituciones democráticas', 'independencia de las instituciones',
                                 'democracia', 'Estado de derecho'],
                  'notes': []},
                 {'id': 'critical-minerals-mou-talks',
                  'title': 'Talks on a Memorandum of Understanding on critical minerals',
                  'quote': 'both countries began discussions on a Memorandum of Understanding on Cooperation '
                           'in Critical Minerals that will strengthen cooperation and exchange of '
                           'information on this matter',
                  'paragraph': 'paragraph-9',
                  'actors': 'both',
                  'status': 'under discussion',
                  'sessions': ['economic-prosperity'],
                  'topics': ['critical-minerals'],
                  'aliases': ['critical minerals MOU', 'MOU on critical minerals',
                              'Memorandum of Understanding on Cooperation in Critical Minerals'],
                  'aliases_es': ['memorando de entendimiento sobre cooperación en minerales críticos',
                                 'negociaciones sobre minerales críticos'],
                  'notes': [{'text': 'Part of key achievement 4, kept as a record of its own so that what '
                                     'came of the talks can follow it up: an MOU was signed in Lima on 29 '
                                     'August 2024 (see `usperu since`).',
                             'source': 'editorial',
                             'confidence': 'high'}]},
                 {'id': 'further-cooperation-initiatives',
                  'title': 'Cooperation advanced on democracy, citizen security, organized crime and '
                           'economic and cultural ties',
                  'quote': 'These interactions advanced our bilateral cooperation on other important '
                           'initiatives, including strengthening democracy in the region, enhancing civil '
                           'security, combating transnational organized crime, and enhancing our economic '
                           'and cultural ties.',
                  'paragraph': 'paragraph-4',
                  'actors': 'both',
                  'status': 'advanced',
                  'sessions': [],
                  'topics': ['democracy', 'citizen-security', 'transnational-crime', 'culture'],
                  'aliases': ['other important initiatives', 'civilian security'],
                  'aliases_es': ['seguridad ciudadana', 'fortalecimiento de la democracia en la región',
                                 'lazos económicos y culturales', 'delincuencia organizada transnacional'],
                  'notes': [{'text': 'The second sentence of paragraph 4, about the sessions as a whole. The '
                                     'official English says "civilian security" where our copy says "civil '
                                     'security"; the official Spanish says "seguridad ciudadana" (citizen '
                                     'security).',
                             'source': 'State Department media note (copy at publicnow.com); '
                                       'https://prensaperu.pe/2024/05/12/declaracion-conjunta-sobre-el-dialogo-de-alto-nivel-entre-el-peru-y-los-estados-unidos/',
                             'confidence': 'high'},
                            {'text': 'Our copy reorders the clause: it puts "other important initiatives" '
                                     'first, which makes the four areas examples of other initiatives. The '
                                     'official sentence names the four areas as the cooperation itself and '
                                     'ends "among other important initiatives"; this record\'s title follows '
                                     'the official order.',
                             'source': 'State Department media note (copy at '
                                       'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8)',
                             'confidence': 'high'}]},
                 {'id': 'people-to-people-ties',
                  'title': 'Friendship and people-to-people ties between the two countries',
                  'quote': 'This first high-level dialogue between the United States and Peru exemplifies '
                           'the long history of friendship between the two countries, which is also '
                           'represented by the resident communities of both countries',
                  'paragraph': 'paragraph-22',
                  'actors': 'both',
                  'status': 'recognized',
                  'sessions': [],
                  'topics': ['diplomacy', 'people-to-people'],
                  'aliases': ['friendship', 'resident communities', 'diaspora', 'people-to-people contact'],
                  'aliases_es': ['amistad entre el Perú y los Estados Unidos', 'comunidades residentes',
                                 'vínculos entre los pueblos'],
                  'notes': [{'text': 'Paragraph 22 is garbled after this clause ("between Peru and Peru"); '
                                     'it most likely speaks of people-to-people contact between Peru and the '
                                     'United States.',
                             'source': 'reference.md',
                             'confidence': 'medium',
                             'claim': 'people-to-people-reading'}]}],
 'events': [{'id': 'diplomatic-relations-begin',
             'date': datetime.date(1826, 5, 2),
             'precision': 'day',
             'title': 'United States recognizes Peru: the day the bicentennial of relations is counted from',
             'basis': 'derived',
             'derivation': 'The statement places the 200th anniversary of diplomatic relations on May 2, '
                           '2026, so they began on 2 May 1826.',
             'quote': '200th Anniversary of diplomatic relations on May 2, 2026',
             'paragraph': 'paragraph-18',
             'aliases_es': ['inicio de las relaciones diplomáticas', '2 de mayo de 1826'],
             'refs': ['bicentennial-working-group'],
             'notes': [{'text': '2 May 1826 is when the United States recognized Peru, by appointing James '
                                "Cooley chargé d'affaires. The Office of the Historian dates the "
                                'establishment of diplomatic relations, and of the U.S. legation in Lima, to '
                                '21 May 1827, when Cooley presented his credentials. Both governments count '
                                "the bicentennial from 2 May 1826; Peru's embassy likewise calls 1826 the "
                                'year of recognition.',
                        'source': 'https://history.state.gov/countries/peru; '
                                  'http://www.embassyofperu.org/bilateral-relations',
                        'confidence': 'high'}]},
            {'id': 'cuzco-school-paintings',
             'date': datetime.date(1600, 1, 1),
             'precision': 'century',
             'title': 'The Cuzco School paintings repatriated in 2024 are painted',
             'basis': 'derived',
             'derivation': 'Our copy says "17th The 19th Century"; the century is reference.md\'s reading of '
                           'the garble (the repatriated paintings are 17th-century). The period is kept as '
                           "1600-1699 (the 100 years from a year ending in 00), not ISO 8601's 1601-1700.",
             'quote': 'artwork from 17th The 19th Century Cuzco School of Peruvian Painting',
             'paragraph': 'paragraph-19',
             'aliases_es': ['siglo XVII', 'pinturas del siglo XVII'],
             'refs': ['cuzco-school-repatriation'],
             'notes': [{'text': 'Andina dates the paintings to the 17th century; a 2025 Infobae article '
                                'calls their style 18th-century.',
                        'source': 'reference.md; '
                                  'https://www.infobae.com/peru/2025/06/05/robada-en-2008-de-un-templo-en-cusco-esta-obra-virreinal-regreso-desde-eeuu-y-ahora-puede-verse-en-muestra-gratuita-en-lima',
                        'confidence': 'medium-low',
                        'claim': 'cuzco-paintings-century'}]},
            {'id': 'tpa-in-force',
             'date': datetime.date(2009, 2, 1),
             'precision': 'day',
             'title': 'U.S.-Peru Trade Promotion Agreement enters into force',
             'basis': 'derived',
             'derivation': "The statement celebrates the agreement's 15th anniversary in 2024, so it entered "
                           "into force in 2009; the day, 1 February 2009, is from USTR's record.",
             'quote': '15th anniversary of their free trade agreement',
             'paragraph': 'paragraph-20',
             'aliases_es': ['entrada en vigor del Acuerdo de Promoción Comercial', '1 de febrero de 2009'],
             'refs': ['fta-anniversary', 'tpa'],
             'notes': [{'text': 'Signed on 12 April 2006; in force since 1 February 2009.',
                        'source': 'reference.md: USTR (archived)',
                        'confidence': 'high',
                        'claim': 'tpa-dates'}]},
            {'id': 'apec-2024',
             'date': datetime.date(2024, 1, 1),
             'precision': 'year',
             'title': 'Peru hosts APEC',
             'basis': 'derived',
             'derivation': 'Our copy says "which they chair this year. Peru did."; the year is 2024 because '
                           "the statement is dated 9 May 2024, and that Peru is the host is reference.md's "
                           'reading of the garble.',
             'quote': 'Asia-Pacific Economic Cooperation (APEC) Forum, which they chair this year. Peru did.',
             'paragraph': 'paragraph-20',
             'aliases_es': ['APEC Perú 2024', 'Perú anfitrión de APEC'],
             'refs': ['regional-mechanisms', 'apec'],
             'notes': [{'text': '"which they chair this year. Peru did." most likely reads "which Peru is '
                                'hosting this year": Peru hosted APEC in 2024.',
                        'source': 'reference.md',
                        'confidence': 'medium',
                        'claim': 'apec-host-reading'},
                       {'text': "APEC Economic Leaders' Week took place in Lima from 9 to 16 November 2024 "
                                '(see `usperu since`); Peru also hosted APEC in 2008 and 2016.',
                        'source': 'https://www.scoop.co.nz/stories/WO2411/S00217/apec-leaders-issue-machu-picchu-statement.htm '
                                  '(APEC Secretariat)',
                        'confidence': 'high'}]},
            {'id': 'working-group-inaugural-meeting',
             'date': datetime.date(2024, 4, 29),
             'precision': 'day',
             'title': 'Inaugural meeting of the Working Group on citizen security and transnational '
                      'organized crime',
             'basis': 'derived',
             'derivation': 'Our copy says "29 Aprilth" with no year; the meeting is read as 29 April 2024, '
                           'the April before the statement of 9 May 2024 that welcomes it.',
             'quote': '29 Aprilth Inaugural meeting of the Working Group on Strengthening Civil Protection '
                      'and the Fight against Transnational Crime',
             'paragraph': 'paragraph-12',
             'aliases_es': ['reunión inaugural del grupo de trabajo', '29 de abril de 2024'],
             'refs': ['citizen-security-working-group'],
             'notes': [{'text': '"29 Aprilth" is garbled; the meeting is most likely the April 29 (2024) '
                                'inaugural meeting, a reading of the garble, not the official wording. No '
                                'report of it other than the statement was found (Spanish press searched '
                                'again on 1 December 2026).',
                        'source': 'reference.md; research for issue 17',
                        'confidence': 'medium',
                        'claim': 'working-group-inaugural-date'},
                       {'text': 'The Working Group was agreed on 14 March 2024 by Secretary Blinken and '
                                'Foreign Minister González-Olaechea.',
                        'source': 'https://www.gob.pe/institucion/rree/noticias/921196-declaracion-conjunta-del-secretario-de-estado-antony-blinken-y-el-ministro-de-relaciones-exteriores-javier-gonzalez-olaechea',
                        'confidence': 'high',
                        'claim': 'working-group-origin'}]},
            {'id': 'high-level-dialogue',
             'date': datetime.date(2024, 5, 9),
             'precision': 'day',
             'title': 'First U.S.-Peru High-Level Dialogue, Washington, DC',
             'basis': 'stated',
             'derivation': '',
             'quote': 'on May 9, 2024',
             'paragraph': 'paragraph-3',
             'aliases_es': ['primer Diálogo de Alto Nivel Perú – Estados Unidos', '9 de mayo de 2024',
                            'mayo de 2024'],
             'refs': ['statement', 'kurt-campbell', 'peter-camino'],
             'notes': []},
            {'id': 'bicentennial',
             'date': datetime.date(2026, 5, 2),
             'precision': 'day',
             'title': '200th anniversary of U.S.-Peru diplomatic relations',
             'basis': 'stated',
             'derivation': '',
             'quote': '200th Anniversary of diplomatic relations on May 2, 2026',
             'paragraph': 'paragraph-18',
             'aliases_es': ['bicentenario', '200 años de relaciones diplomáticas', '2 de mayo de 2026'],
             'refs': ['bicentennial-working-group'],
             'notes': []}],
 'glossary': [{'id': 'csii',
               'term': 'CSII',
               'expansion': 'Cooperative Situational Information Integration System',
               'description': 'Information-sharing system for the aerial interception agreement; its '
                              'Memorandum of Understanding is the first step towards implementing that '
                              'agreement.',
               'mentions': ['csii-memorandum'],
               'aliases': ['Sistema Cooperativo de Integración de Información Situacional'],
               'aliases_es': ['Sistema Cooperativo de Integración de Información Situacional'],
               'notes': []},
              {'id': 'aerial-interception',
               'term': 'Aerial interception agreement',
               'expansion': 'U.S.-Peru aerial interception agreement (Acuerdo de Interceptación Aérea)',
               'description': 'Bilateral agreement on the non-lethal interception of aircraft suspected of '
                              'drug trafficking, for security cooperation and civil aviation protection '
                              'under international law.',
               'mentions': ['aerial-interception-agreement', 'csii-memorandum'],
               'aliases': ['air interdiction agreement', 'air interdiction'],
               'aliases_es': ['Acuerdo de Interceptación Aérea', 'interceptación aérea',
                              'Acuerdo de Interceptación Aérea No Letal',
                              'programa de interceptación aérea'],
               'notes': [{'text': 'Signed in Lima on 24 August 2023 by Foreign Minister Ana Cecilia Gervasi '
                                  "and Ambassador Lisa Kenna; approved by Peru's Congress on 18 April 2024; "
                                  'it entered into force between then and the Dialogue (the exact date was '
                                  'not found).',
                          'source': 'https://rpp.pe/politica/congreso/congreso-aprobo-resolucion-legislativa-de-acuerdo-entre-peru-y-estados-unidos-para-combatir-el-narcotrafico-noticia-1548823',
                          'confidence': 'medium-high',
                          'claim': 'aerial-interception-dates'},
                         {'text': 'Our copy calls it the "air interdiction agreement": a mistranslation that '
                                  'reverses the meaning, since the agreement does not permit interdiction '
                                  '(see `usperu show aerial-interception-agreement`).',
                          'source': 'https://prensaperu.pe/2024/05/12/declaracion-conjunta-sobre-el-dialogo-de-alto-nivel-entre-el-peru-y-los-estados-unidos/',
                          'confidence': 'high',
                          'claim': 'aerial-interception-name'}]},
              {'id': 'blue-dot',
               'term': 'Blue Dot Network',
               'expansion': 'Blue Dot Network',
               'description': 'Infrastructure-certification initiative announced in November 2019 by the '
                              'United States, Japan and Australia; certification launched at the OECD in '
                              'Paris on 9 April 2024.',
               'mentions': ['blue-dot-network'],
               'aliases': ['BDN'],
               'aliases_es': ['Red Punto Azul', 'Red Blue Dot'],
               'notes': []},
              {'id': 'msp',
               'term': 'MSP',
               'expansion': 'Minerals Security Partnership',
               'description': 'Partnership on critical-mineral supply chains of the United States and its '
                              'partners, announced 14 June 2022; replaced on 4 February 2026 by FORGE, the '
                              'Forum on Resource Geostrategic Engagement.',
               'mentions': ['critical-minerals'],
               'aliases': ['Mineral Security Partnership'],
               'aliases_es': ['minerales críticos', 'Asociación para la Seguridad de los Minerales',
                              'Alianza para la Seguridad de los Minerales'],
               'notes': [{'text': 'At the Critical Minerals Ministerial of 4 February 2026 the United States '
                                  "launched FORGE as the MSP's successor, first chaired by the Republic of "
                                  'Korea (see `usperu since --record critical-minerals`).',
                          'source': 'https://thefederalnewswire.com/stories/679687791-united-states-hosts-global-summit-on-securing-critical-mineral-supply-chains',
                          'confidence': 'high',
                          'claim': 'forge-succeeds-msp'}]},
              {'id': 'msp-forum',
               'term': 'MSP Forum',
               'expansion': 'Minerals Security Partnership Forum',
               'description': 'A forum under the MSP that brings in mineral-producing countries, distinct '
                              'from the partnership itself; agreed in Toronto on 3 March 2024 and formally '
                              'launched in Leuven on 5 April 2024. Peru decided to apply to join it, and '
                              'called itself an active member in February 2025; the MSP was replaced by '
                              'FORGE on 4 February 2026, and what became of the Forum was not found.',
               'mentions': ['critical-minerals'],
               'aliases': ['Mineral Security Partnership Forum', 'Minerals Security Partnership Forum'],
               'aliases_es': ['Foro de la Asociación para la Seguridad de los Minerales', 'Foro MSP'],
               'notes': [{'text': 'MSP partners agreed in Toronto on 3 March 2024 to create the Forum, and '
                                  'met Peru and other Western Hemisphere producers that day; the Forum was '
                                  'formally launched in Leuven on 5 April 2024.',
                          'source': 'https://breakingnewsinternational.com/world-news/joint-statement-of-the-minerals-security-partnership/; '
                                    'https://thefrontierpost.com/secretary-blinken-officially-launches-the-minerals-security-partnership-forum-with-the-european-commission/amp/',
                          'confidence': 'high',
                          'claim': 'msp-forum-origin'},
                         {'text': 'At the Critical Minerals Ministerial of 4 February 2026 the United States '
                                  "launched FORGE as the MSP's successor, first chaired by the Republic of "
                                  'Korea (see `usperu since --record critical-minerals`).',
                          'source': 'https://thefederalnewswire.com/stories/679687791-united-states-hosts-global-summit-on-securing-critical-mineral-supply-chains',
                          'confidence': 'high',
                          'claim': 'forge-succeeds-msp'},
                         {'text': "Peru's membership of FORGE, and the fate of the MSP Forum, were not found "
                                  '(searched on 1 December 2026).',
                          'source': 'research for issue 17: https://www.atlanticcouncil.org/?p=905012 '
                                    '(membership still being clarified a week after the launch)',
                          'confidence': 'medium'}]},
              {'id': 'fema',
               'term': 'FEMA',
               'expansion': 'Federal Emergency Management Agency',
               'description': 'The U.S. federal agency for disaster preparedness and response.',
               'mentions': ['disaster-response'],
               'aliases': [],
               'aliases_es': ['Agencia Federal para el Manejo de Emergencias'],
               'notes': []},
              {'id': 'first-program',
               'term': 'FIRST',
               'expansion': 'Foundational Infrastructure for Responsible Use of Small Modular Reactor '
                            'Technology',
               'description': 'U.S. State Department capacity-building program for small modular reactors, '
                              'announced in April 2021.',
               'mentions': ['first-smr-conference'],
               'aliases': ['FIRST Program', 'SMR', 'small modular reactor'],
               'aliases_es': ['Infraestructura Fundamental para el Uso Responsable de la Tecnología de '
                              'Reactores Modulares Pequeños',
                              'programa FIRST', 'reactores modulares pequeños', 'energía nuclear'],
               'notes': []},
              {'id': 'ghs',
               'term': 'GHS',
               'expansion': 'Global Health Security',
               'description': 'U.S. Global Health Security partnerships, to prevent, detect and respond to '
                              'infectious disease threats.',
               'mentions': ['global-health-security'],
               'aliases': ['Global Health Security Program'],
               'aliases_es': ['Seguridad Sanitaria Mundial', 'Programa de Seguridad Sanitaria Mundial',
                              'Seguridad Sanitaria Global'],
               'notes': []},
              {'id': 'da-asat',
               'term': 'DA-ASAT test pledge',
               'expansion': 'Destructive direct-ascent anti-satellite missile test commitment',
               'description': 'Commitment not to conduct destructive direct-ascent anti-satellite missile '
                              'tests; U.S. pledge of 18 April 2022, UN General Assembly resolution 77/41 of '
                              '7 December 2022.',
               'mentions': ['anti-satellite-tests'],
               'aliases': ['ASAT', 'direct-ascent anti-satellite'],
               'aliases_es': ['pruebas destructivas de misiles antisatélite de ascenso directo',
                              'compromiso de no realizar pruebas ASAT'],
               'notes': []},
              {'id': 'artemis',
               'term': 'Artemis Accords',
               'expansion': 'Artemis Accords',
               'description': 'Principles for the peaceful, civil exploration of space; Peru signed on 30 '
                              'May 2024 as the 41st signatory.',
               'mentions': ['artemis-accords'],
               'aliases': ['Artemis'],
               'aliases_es': ['Acuerdos de Artemisa', 'Acuerdos Artemisa', 'Acuerdos Artemis'],
               'notes': []},
              {'id': 'apec',
               'term': 'APEC',
               'expansion': 'Asia-Pacific Economic Cooperation',
               'description': 'Regional economic forum; Peru hosted it in 2024 (also in 2008 and 2016).',
               'mentions': ['regional-mechanisms', 'apec-2024'],
               'aliases': [],
               'aliases_es': ['Foro de Cooperación Económica Asia-Pacífico', 'APEC Perú 2024', 'APEC Perú'],
               'notes': []},
              {'id': 'apep',
               'term': 'APEP',
               'expansion': 'Americas Partnership for Economic Prosperity',
               'description': 'Regional economic partnership launched on 8 June 2022 at the Ninth Summit of '
                              'the Americas.',
               'mentions': ['regional-mechanisms'],
               'aliases': ['US Partnership for Economic Prosperity', 'Americas Partnership'],
               'aliases_es': ['Alianza de las Américas para la Prosperidad Económica'],
               'notes': []},
              {'id': 'oecd',
               'term': 'OECD',
               'expansion': 'Organisation for Economic Co-operation and Development',
               'description': "Peru's accession talks opened on 25 January 2022 and its roadmap was adopted "
                              'on 10 June 2022.',
               'mentions': ['oecd-accession'],
               'aliases': ['Organization for Economic Cooperation and Development'],
               'aliases_es': ['OCDE', 'Organización para la Cooperación y el Desarrollo Económicos',
                              'Organización para la Cooperación y el Desarrollo Económico'],
               'notes': []},
              {'id': 'tpa',
               'term': 'TPA',
               'expansion': 'United States–Peru Trade Promotion Agreement',
               'description': 'The agreement our copy calls a "free trade agreement": signed 12 April 2006, '
                              'in force 1 February 2009.',
               'mentions': ['fta-anniversary', 'tpa-in-force'],
               'aliases': ['FTA', 'free trade agreement', 'Trade Promotion Agreement', 'PTPA'],
               'aliases_es': ['Acuerdo de Promoción Comercial',
                              'Acuerdo de Promoción Comercial Perú – Estados Unidos', 'APC', 'TLC',
                              'Tratado de Libre Comercio'],
               'notes': [{'text': 'Neither "FTA" nor "TPA" appears in our copy, which says "their free trade '
                                  'agreement"; the official name is the United States–Peru Trade Promotion '
                                  'Agreement.',
                          'source': 'reference.md: USTR (archived)',
                          'confidence': 'high'}]},
              {'id': 'fbi',
               'term': 'FBI',
               'expansion': 'Federal Bureau of Investigation',
               'description': 'The U.S. federal agency that recovered the Cuzco School paintings, in New '
                              'Mexico.',
               'mentions': ['cuzco-school-repatriation'],
               'aliases': [],
               'aliases_es': ['Buró Federal de Investigaciones'],
               'notes': []},
              {'id': 'state-department',
               'term': 'State Department',
               'expansion': 'U.S. Department of State',
               'description': 'The U.S. foreign ministry; it published the statement and will partner with '
                              "FEMA on Peru's disaster response.",
               'mentions': ['statement', 'disaster-response'],
               'aliases': ['Department of State', 'DoS'],
               'aliases_es': ['Departamento de Estado', 'Departamento de Estado de los Estados Unidos'],
               'notes': []},
              {'id': 'cuzco-school',
               'term': 'Cuzco School',
               'expansion': 'Cuzco School of Peruvian Painting (Escuela Cuzqueña)',
               'description': 'Colonial school of religious painting centred on Cusco, Peru.',
               'mentions': ['cuzco-school-repatriation', 'cuzco-school-paintings'],
               'aliases': ['Cusco School', 'Escuela Cuzqueña'],
               'aliases_es': ['Escuela Cusqueña', 'Escuela Cuzqueña', 'Escuela Cuzqueña de Pintura'],
               'notes': []}],
 'paragraphs': [{'id': 'paragraph-1',
                 'number': 1,
                 'block': 'heading',
                 'text': 'Joint Statement on U.S.-Peru High-Level Dialogue – United States Department of '
                         'State',
                 'notes': []},
                {'id': 'paragraph-2',
                 'number': 2,
                 'block': 'paragraph',
                 'text': 'The text of the following statement was issued by the Governments of the United '
                         'States and the Republic of Peru on May 9 on the occasion of the first United '
                         'States-Peru High-Level Dialogue in Washington, DC.',
                 'notes': []},
                {'id': 'paragraph-3',
                 'number': 3,
                 'block': 'paragraph',
                 'text': 'Deputy Secretary of State Kurt Campbell and Peru’s Deputy Minister of Foreign '
                         'Affairs Ambassador Peter Cimino lead an inaugural high-level dialogue in '
                         'Washington, DC on May 9, 2024, to advance mutual interests and deepen the '
                         'long-term bilateral strategic partnership The shared commitment to',
                 'notes': [{'text': 'The official sentence reads: "Deputy Secretary of State Kurt Campbell '
                                    'and Peruvian Vice Minister of Foreign Affairs Ambassador Peter Camino '
                                    'led an inaugural High-Level Dialogue in Washington, D.C., on May 9, '
                                    '2024, affirming a shared commitment to advance mutual interests and '
                                    'deepen the longstanding bilateral strategic partnership." Our copy '
                                    'loses two things: "affirming" is gone, so the sentence no longer says '
                                    'that the Dialogue affirmed a shared commitment (the words "shared '
                                    'commitment to" dangle at its end), and "longstanding" became '
                                    '"long-term", a partnership meant to last rather than one that has '
                                    'lasted.',
                            'source': 'State Department media note, copies at '
                                      'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8 '
                                      'and '
                                      'https://jisipnews.com/politics/joint-statement-on-u-s-peru-high-level-dialogue',
                            'confidence': 'high'},
                           {'text': 'Our copy\'s "lead" is the official "led" (past tense): the dialogue '
                                    'took place on 9 May 2024.',
                            'source': 'State Department media note (copy at publicnow.com)',
                            'confidence': 'high'}]},
                {'id': 'paragraph-4',
                 'number': 4,
                 'block': 'paragraph',
                 'text': 'The US and Peruvian delegations looked to the future, holding five separate '
                         'breakout sessions focused on democratic governance and migration; Cooperation for '
                         'economic prosperity and inclusive growth; environmental protection and disaster '
                         'preparedness; safety and security; and education and culture. These interactions '
                         'advanced our bilateral cooperation on other important initiatives, including '
                         'strengthening democracy in the region, enhancing civil security, combating '
                         'transnational organized crime, and enhancing our economic and cultural ties.',
                 'notes': []},
                {'id': 'paragraph-5',
                 'number': 5,
                 'block': 'paragraph',
                 'text': 'Key achievements of the high-level talks include:',
                 'notes': [{'text': 'The official English says "Key accomplishments".',
                            'source': 'reference.md',
                            'confidence': 'high'}]},
                {'id': 'paragraph-6',
                 'number': 6,
                 'block': 'bullet',
                 'text': 'Peru and the United States welcomed the entry into force of the air interdiction '
                         'agreement which enhances our security cooperation and civil aviation security in '
                         'accordance with international law.',
                 'notes': []},
                {'id': 'paragraph-7',
                 'number': 7,
                 'block': 'bullet',
                 'text': 'The two countries signed a “Memorandum of Understanding relating to Cooperative '
                         'Situational Information Integration System” (CSII), which is the first step '
                         'towards implementing the agreement.',
                 'notes': []},
                {'id': 'paragraph-8',
                 'number': 8,
                 'block': 'bullet',
                 'text': 'Peru became the first country in Latin America to join the Blue Dot Network '
                         'initiative, a key mechanism to promote high-quality infrastructure projects.',
                 'notes': []},
                {'id': 'paragraph-9',
                 'number': 9,
                 'block': 'bullet',
                 'text': 'Peru and the United States agreed to promote investment in Peru’s mining sector '
                         'and strengthen their cooperation on critical minerals. The United States welcomed '
                         'Peru’s decision to become the first country to apply for membership of the Mineral '
                         'Security Partnership Forum. Additionally, both countries began discussions on a '
                         'Memorandum of Understanding on Cooperation in Critical Minerals that will '
                         'strengthen cooperation and exchange of information on this matter.',
                 'notes': []},
                {'id': 'paragraph-10',
                 'number': 10,
                 'block': 'bullet',
                 'text': 'Both countries reiterated their commitment to expand investment, strengthen trade, '
                         'and commercial exchanges between Peruvian and U.S. entrepreneurs and further '
                         'strengthen economic ties.',
                 'notes': []},
                {'id': 'paragraph-11',
                 'number': 11,
                 'block': 'bullet',
                 'text': 'Both countries are committed to cooperating on migration, including working with '
                         'international organizations to address regional migration concerns.',
                 'notes': []},
                {'id': 'paragraph-12',
                 'number': 12,
                 'block': 'bullet',
                 'text': 'Both countries welcomed 29 Aprilth Inaugural meeting of the Working Group on '
                         'Strengthening Civil Protection and the Fight against Transnational Crime.',
                 'notes': []},
                {'id': 'paragraph-13',
                 'number': 13,
                 'block': 'bullet',
                 'text': 'The United States announced that the State Department and FEMA will partner with '
                         'Peru to enhance Peru’s disaster response capacity.',
                 'notes': []},
                {'id': 'paragraph-14',
                 'number': 14,
                 'block': 'bullet',
                 'text': 'Peru announced that it will, with the support of the United States, host the '
                         'second Latin American Regional Foundational Infrastructure (FIRST) Program '
                         'capacity-building conference for the responsible use of small modular reactor '
                         'technology to promote the energy transition in the region. Will advance the safe '
                         'and peaceful use of energy. ,',
                 'notes': []},
                {'id': 'paragraph-15',
                 'number': 15,
                 'block': 'bullet',
                 'text': 'The United States and Peru have committed to partner in the Global Health Security '
                         'Program (GHS), which aims to strengthen the capabilities of global health systems, '
                         'making them more resilient to prevent, detect, and respond to emerging infectious '
                         'disease threats. Is. ,',
                 'notes': []},
                {'id': 'paragraph-16',
                 'number': 16,
                 'block': 'bullet',
                 'text': 'Both countries reiterated their commitment not to conduct direct-ascent '
                         'anti-satellite missile tests.',
                 'notes': []},
                {'id': 'paragraph-17',
                 'number': 17,
                 'block': 'bullet',
                 'text': 'The United States welcomes Peru’s decision to join the Artemis Accords for '
                         'cooperation in the peaceful uses of outer space.',
                 'notes': []},
                {'id': 'paragraph-18',
                 'number': 18,
                 'block': 'bullet',
                 'text': 'Peru and the United States created a bilateral working group to organize '
                         'celebrations in honor of our 200th Anniversary of diplomatic relations on May 2, '
                         '2026.',
                 'notes': []},
                {'id': 'paragraph-19',
                 'number': 19,
                 'block': 'bullet',
                 'text': 'Both countries participated in the repatriation of artwork from 17th The 19th '
                         'Century Cuzco School of Peruvian Painting which was recovered by the FBI.',
                 'notes': []},
                {'id': 'paragraph-20',
                 'number': 20,
                 'block': 'paragraph',
                 'text': 'Both countries celebrated the 15th anniversary of their free trade agreement and '
                         'acknowledged its benefits and achievements. In the same spirit, both states '
                         'underlined their resolve to promote regional mechanisms that promote integration '
                         'and cooperation, such as the US Partnership for Economic Prosperity and the '
                         'Asia-Pacific Economic Cooperation (APEC) Forum, which they chair this year. Peru '
                         'did. Furthermore, the United States recognized Peru’s progress on its accession '
                         'roadmap toward becoming a member of the OECD.',
                 'notes': []},
                {'id': 'paragraph-21',
                 'number': 21,
                 'block': 'paragraph',
                 'text': 'Furthermore, both countries reaffirmed their commitment to jointly combat illegal '
                         'deforestation and illegal mining; protect indigenous communities; promoting human '
                         'rights; and strengthen democratic institutions and respect their independence.',
                 'notes': []},
                {'id': 'paragraph-22',
                 'number': 22,
                 'block': 'paragraph',
                 'text': 'This first high-level dialogue between the United States and Peru exemplifies the '
                         'long history of friendship between the two countries, which is also represented by '
                         'the resident communities of both countries, who are the people-to-people contact '
                         'between Peru and Peru on a day-to-day basis. Let’s strengthen the relations. '
                         'United States of america.',
                 'notes': [{'text': '"between Peru and Peru" and "United States of america." most likely '
                                    'read "between Peru and the United States".',
                            'source': 'reference.md',
                            'confidence': 'medium',
                            'claim': 'people-to-people-reading'}]},
                {'id': 'paragraph-23',
                 'number': 23,
                 'block': 'paragraph',
                 'text': 'In conclusion, both delegations appreciated the work done in the high-level talks. '
                         'His efforts made the event a success and paved the way for the strengthening of '
                         'the strategic partnership between Peru and the United States.',
                 'notes': [{'text': '"His efforts made the event a success" is a broken clause; the original '
                                    'was not recovered.',
                            'source': 'reference.md',
                            'confidence': 'high'}]}],
 'corrections': [{'id': 'correction-camino',
                  'quoted': 'Peter Cimino',
                  'official': 'Peter Camino',
                  'source': 'reference.md: the official English text',
                  'confidence': 'high'},
                 {'id': 'correction-vice-minister',
                  'quoted': 'Deputy Minister of Foreign Affairs',
                  'official': 'Vice Minister of Foreign Affairs',
                  'source': 'reference.md: the official English text',
                  'confidence': 'high'},
                 {'id': 'correction-led',
                  'quoted': 'lead an inaugural high-level dialogue',
                  'official': 'led an inaugural High-Level Dialogue',
                  'source': 'State Department media note (copy at '
                            'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8)',
                  'confidence': 'high'},
                 {'id': 'correction-shared-commitment',
                  'quoted': 'The shared commitment to',
                  'official': 'affirming a shared commitment to advance mutual interests (the phrase belongs '
                              'earlier in the sentence)',
                  'source': 'State Department media note (copy at '
                            'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8)',
                  'confidence': 'high'},
                 {'id': 'correction-inclusive-development',
                  'quoted': 'inclusive growth',
                  'official': 'inclusive development',
                  'source': 'reference.md: the official English text',
                  'confidence': 'high'},
                 {'id': 'correction-security-and-defense',
                  'quoted': 'safety and security',
                  'official': 'security and defense',
                  'source': 'reference.md: the official English text',
                  'confidence': 'high'},
                 {'id': 'correction-civilian-security',
                  'quoted': 'enhancing civil security',
                  'official': 'enhancing civilian security',
                  'source': 'State Department media note (copy at '
                            'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8)',
                  'confidence': 'high'},
                 {'id': 'correction-key-accomplishments',
                  'quoted': 'Key achievements',
                  'official': 'Key accomplishments',
                  'source': 'reference.md: the official English text',
                  'confidence': 'high'},
                 {'id': 'correction-aerial-interception',
                  'quoted': 'air interdiction agreement',
                  'official': 'aerial interception agreement',
                  'source': 'State Department media note (copy at '
                            'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8); '
                            'https://prensaperu.pe/2024/05/12/declaracion-conjunta-sobre-el-dialogo-de-alto-nivel-entre-el-peru-y-los-estados-unidos/',
                  'confidence': 'high'},
                 {'id': 'correction-april-29',
                  'quoted': '29 Aprilth Inaugural meeting',
                  'official': 'the April 29 inaugural meeting (most likely reading; official wording not '
                              'seen)',
                  'source': 'reference.md; the ordinal garble (no other report of a 29 April 2024 meeting '
                            'found, Spanish press searched on 1 December 2026)',
                  'confidence': 'medium'},
                 {'id': 'correction-citizen-security',
                  'quoted': 'Strengthening Civil Protection',
                  'official': 'Strengthening Citizen Security (most likely reading; official wording not '
                              'seen; Spanish: seguridad ciudadana)',
                  'source': 'https://foreignpolicywatchdog.com/united-states/joint-statement-by-secretary-of-state-antony-j-blinken-and-minister-for-foreign-affairs-javier-gonzalez-olachea-united-states-department-of-state '
                            '(the 14 March 2024 statement that agreed a group to enhance citizen security); '
                            'https://www.gob.pe/institucion/rree/noticias/921196-declaracion-conjunta-del-secretario-de-estado-antony-blinken-y-el-ministro-de-relaciones-exteriores-javier-gonzalez-olaechea',
                  'confidence': 'medium-high'},
                 {'id': 'correction-apep',
                  'quoted': 'US Partnership for Economic Prosperity',
                  'official': "Americas Partnership for Economic Prosperity (the partnership's name, of "
                              "which Peru is a member; the statement's own wording not seen)",
                  'source': 'https://www.thompsonhinesmartrade.com/2023/01/u-s-hosts-initial-ministerial-of-the-americas-partnership-for-economic-prosperity/',
                  'confidence': 'high'},
                 {'id': 'correction-apec-host',
                  'quoted': 'which they chair this year. Peru did.',
                  'official': 'which Peru is hosting this year (most likely reading; official wording not '
                              'seen)',
                  'source': 'https://foreignpolicywatchdog.com/united-states/joint-statement-by-secretary-of-state-antony-j-blinken-and-minister-for-foreign-affairs-javier-gonzalez-olachea-united-states-department-of-state '
                            '(the 14 March 2024 statement says this of APEC; it supports the reading, it '
                            'does not prove it)',
                  'confidence': 'medium'},
                 {'id': 'correction-cuzco-century',
                  'quoted': '17th The 19th Century',
                  'official': '17th-century (most likely reading; official wording not seen; it could also '
                              'be a 17th-19th century range)',
                  'source': 'reference.md; sources disagree: '
                            'https://www.infobae.com/peru/2025/06/05/robada-en-2008-de-un-templo-en-cusco-esta-obra-virreinal-regreso-desde-eeuu-y-ahora-puede-verse-en-muestra-gratuita-en-lima '
                            'calls the style 18th-century',
                  'confidence': 'medium-low'},
                 {'id': 'correction-peru-and-peru',
                  'quoted': 'between Peru and Peru',
                  'official': 'between Peru and the United States (most likely reading; official wording not '
                              'seen)',
                  'source': "reference.md: the sentence's context",
                  'confidence': 'medium'},
                 {'id': 'correction-longstanding',
                  'quoted': 'long-term bilateral strategic partnership',
                  'official': 'longstanding bilateral strategic partnership',
                  'source': 'State Department media note (copy at '
                            'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8); '
                            'https://jisipnews.com/politics/joint-statement-on-u-s-peru-high-level-dialogue',
                  'confidence': 'high'},
                 {'id': 'correction-p4-initiatives',
                  'quoted': 'advanced our bilateral cooperation on other important initiatives, including',
                  'official': 'advanced our bilateral cooperation strengthening democracy in the region, '
                              'enhancing civilian security, combating transnational organized crime, and '
                              'increasing our economic and cultural ties, among other important initiatives',
                  'source': 'State Department media note (copy at '
                            'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8)',
                  'confidence': 'high'},
                 {'id': 'correction-high-level-dialogue-p5',
                  'quoted': 'Key achievements of the high-level talks include',
                  'official': 'Key accomplishments of the High-Level Dialogue included',
                  'source': 'State Department media note (copy at '
                            'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8)',
                  'confidence': 'high'},
                 {'id': 'correction-civil-aviation',
                  'quoted': 'civil aviation security',
                  'official': 'civil aviation protections',
                  'source': 'State Department media note (copy at '
                            'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8); the '
                            'official Spanish says protección de la aviación civil: '
                            'https://prensaperu.pe/2024/05/12/declaracion-conjunta-sobre-el-dialogo-de-alto-nivel-entre-el-peru-y-los-estados-unidos/',
                  'confidence': 'high'},
                 {'id': 'correction-csii-title',
                  'quoted': 'Memorandum of Understanding relating to Cooperative Situational Information '
                            'Integration System',
                  'official': 'Memorandum of Understanding concerning the cooperative situational '
                              'information integration system',
                  'source': 'State Department media note (copy at '
                            'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8)',
                  'confidence': 'high'},
                 {'id': 'correction-strengthen-relations',
                  'quoted': 'Let’s strengthen the relations. United States of america.',
                  'official': 'a clause on strengthening the relationship, "United States of America" being '
                              'the displaced end of "between Peru and the United States of America" (most '
                              'likely reading; official wording not seen)',
                  'source': "reference.md: the sentence's context (the official paragraph could not be read)",
                  'confidence': 'medium-low'},
                 {'id': 'correction-high-level-dialogue-p23',
                  'quoted': 'the work done in the high-level talks',
                  'official': 'the work done in the High-Level Dialogue (most likely reading; official '
                              'wording not seen; the official text names it so everywhere it was read)',
                  'source': 'State Department media note (copy at '
                            'http://publicnow.com/view/58E0AD56956D9FD5603461747C44CE621E0F6CF8) (paragraphs '
                            '3 and 5)',
                  'confidence': 'medium'}],
 'developments': [{'id': 'artemis-accords-signed',
                   'date': datetime.date(2024, 5, 30),
                   'precision': 'day',
                   'title': 'Peru signs the Artemis Accords at NASA headquarters',
                   'refs': ['artemis-accords'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'NASA',
                                'title': 'NASA Welcomes Peru as 41st Artemis Accords Signatory (release '
                                         '24-075)',
                                'url': 'https://www.nasa.gov/news-release/nasa-welcomes-peru-as-41st-artemis-accords-signatory/',
                                'date': datetime.date(2024, 5, 30)},
                               {'publisher': 'SpaceWatch.Global',
                                'title': 'NASA Welcomes Peru as Signatory to Artemis Accords',
                                'url': 'https://spacewatch.global/2024/06/nasa-welcomes-peru-as-signatory-to-artemis-accords/',
                                'date': datetime.date(2024, 6, 3)},
                               {'publisher': 'NNN / Andina',
                                'title': 'Peru signs the Artemis Accords',
                                'url': 'http://namnewsnetwork.org/?p=265636',
                                'date': datetime.date(2024, 6, 1)}],
                   'summary': 'Foreign Minister Javier González-Olaechea signed the Accords at NASA '
                              'headquarters in Washington, making Peru the 41st signatory. This carried out '
                              'the decision welcomed at the Dialogue three weeks earlier.'},
                  {'id': 'critical-minerals-mou-2024',
                   'date': datetime.date(2024, 8, 29),
                   'precision': 'day',
                   'title': 'U.S. and Peru sign a critical-minerals memorandum of understanding in Lima',
                   'refs': ['critical-minerals', 'critical-minerals-mou-talks'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'PrensaPeru (Agencia Peruana de Noticias)',
                                'title': 'Memorando de entendimiento entre Perú y EE.UU. para el uso de '
                                         'materias primas renovables en tecnologías no contaminantes y '
                                         'sostenibles (title from the URL)',
                                'url': 'https://prensaperu.pe/2024/08/29/memorando-de-entendimiento-entre-peru-y-ee-uu-para-el-uso-de-materias-primas-renovables-en-tecnologias-no-contaminantes-y-sostenibles/',
                                'date': datetime.date(2024, 8, 29)},
                               {'publisher': 'Con Nuestro Perú',
                                'title': 'El Perú y EE.UU. suscriben memorando de entendimiento para '
                                         'impulsar inversiones en minerales críticos y diversificar cadenas '
                                         'de suministro',
                                'url': 'https://connuestroperu.com/economia/84781-el-peru-y-ee-uu-suscriben-memorando-de-entendimiento-para-impulsar-inversiones-en-minerales-criticos-y-diversificar-cadenas-de-suministro',
                                'date': datetime.date(2024, 8, 29)},
                               {'publisher': 'Gestión',
                                'title': 'Perú y EE.UU. suscribieron memorando para reforzar gobernanza '
                                         'sobre recursos minerales críticos',
                                'url': 'https://gestion.pe/economia/peru-y-eeuu-suscribieron-memorando-para-reforzar-gobernanza-sobre-recursos-minerales-criticos-noticia/'},
                               {'publisher': 'dpa-AFX (finanznachrichten.de)',
                                'title': 'US, Peru Sign MoU To Strengthen Cooperation On Critical Minerals',
                                'url': 'https://www.finanznachrichten.de/nachrichten-2024-08/63135671-us-peru-sign-mou-to-strengthen-cooperation-on-critical-minerals-020.htm'}],
                   'summary': 'Under Secretary Jose W. Fernandez and Foreign Minister González-Olaechea '
                              'signed, at Torre Tagle, the MOU that had been under discussion at the '
                              'Dialogue. It covers governance of the minerals sector, investment and '
                              'supply-chain security, and the joint identification of projects that could '
                              'draw co-financing.'},
                  {'id': 'nasa-conida-sounding-rocket-mou',
                   'date': datetime.date(2024, 11, 14),
                   'precision': 'day',
                   'title': "NASA and Peru's space agency CONIDA sign a sounding-rocket memorandum in Lima",
                   'refs': ['artemis-accords'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'U.S. Embassy in Peru',
                                'title': 'Peru and the United States sign a historic agreement with NASA to '
                                         'promote space research',
                                'url': 'https://pe.usembassy.gov/peru-and-the-united-states-sign-a-historic-agreement-with-nasa-to-promote-space-research/',
                                'date': datetime.date(2024, 11, 14)},
                               {'publisher': 'NASA (PR Newswire)',
                                'title': "NASA Administrator to Visit, Sign Agreement with Peru's Space "
                                         'Agency',
                                'url': 'https://www.prnewswire.com/news-releases/nasa-administrator-to-visit-sign-agreement-with-perus-space-agency-302304848.html',
                                'date': datetime.date(2024, 11, 13)},
                               {'publisher': 'Andina',
                                'title': 'Peru and U.S. highlight strengthening of aerospace cooperation',
                                'url': 'https://andina.pe/ingles/noticia-peru-and-us-highlight-strengthening-of-aerospace-cooperation-1007900.aspx',
                                'date': datetime.date(2024, 11, 15)}],
                   'summary': 'During APEC week, NASA Administrator Bill Nelson and CONIDA head Maj. Gen. '
                              'Roberto Melgar signed a non-binding MOU on safety training, a joint '
                              'feasibility study and technical help for a possible multi-year '
                              'sounding-rocket campaign from Peru. A joint statement tied the cooperation to '
                              "the Artemis Accords and noted Peru's interest in hosting an Accords "
                              'workshop.'},
                  {'id': 'biden-boluarte-meeting-lima',
                   'date': datetime.date(2024, 11, 15),
                   'precision': 'day',
                   'title': 'Biden and Boluarte meet in Lima: Black Hawks, radar sharing and migration',
                   'refs': ['aerial-interception-agreement', 'csii-memorandum', 'migration-cooperation',
                            'fta-anniversary'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'Anadolu Agency',
                                'title': 'Biden meets with Peruvian counterpart at APEC summit in Peru',
                                'url': 'https://aa.com.tr/en/live/biden-meets-with-peruvian-counterpart-at-apec-summit-in-peru/3395247',
                                'date': datetime.date(2024, 11, 16)},
                               {'publisher': 'EFE (La Conexión USA)',
                                'title': 'Biden resalta el incremento de la cooperación con Perú, un «socio '
                                         'valioso» para EE.UU.',
                                'url': 'https://laconexionusa.com/?p=70203',
                                'date': datetime.date(2024, 11, 15)},
                               {'publisher': 'KUNA (MENAFN)',
                                'title': 'US Provides Peru With USD 65 Mln Security Assistance',
                                'url': 'https://menafn.com/1108892252/US-Provides-Peru-With-USD-65-Mln-Security-Assistance',
                                'date': datetime.date(2024, 11, 16)}],
                   'summary': 'On the sidelines of APEC, the U.S. announced $65 million in counternarcotics '
                              'aid over five years, nine Black Hawk helicopters included, and welcomed '
                              "Peru's decision to share radar information again for the first time in about "
                              'a decade, which puts the aerial interception cooperation into practice. The '
                              'leaders also discussed migration and the 15-year-old trade agreement.'},
                  {'id': 'apec-2024-machu-picchu-declaration',
                   'date': datetime.date(2024, 11, 16),
                   'precision': 'day',
                   'title': 'APEC leaders adopt the Machu Picchu Declaration in Lima',
                   'refs': ['regional-mechanisms'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'APEC Secretariat (via Scoop)',
                                'title': 'APEC Leaders Issue Machu Picchu Statement',
                                'url': 'https://www.scoop.co.nz/stories/WO2411/S00217/apec-leaders-issue-machu-picchu-statement.htm',
                                'date': datetime.date(2024, 11, 16)},
                               {'publisher': 'APEC Secretariat (via Scoop)',
                                'title': 'Leaders In Focus: APEC 2024 And Inclusive Growth',
                                'url': 'https://www.scoop.co.nz/stories/WO2412/S00139/leaders-in-focus-apec-2024-and-inclusive-growth.htm',
                                'date': datetime.date(2024, 12, 9)},
                               {'publisher': 'Andina',
                                'title': 'APEC Peru 2024: Peru hands over APEC presidency to South Korea',
                                'url': 'https://andina.pe/ingles/noticia-apec-peru-2024-peru-hands-over-apec-presidency-to-south-korea-1008092.aspx'}],
                   'summary': "Peru's APEC host year peaked with Economic Leaders' Week in Lima (9–16 "
                              'November 2024), which ended with the Machu Picchu Declaration, the Ichma '
                              'Statement on the FTAAP and the Lima Roadmap on the formal economy. Peru then '
                              'passed the chair to Korea.'},
                  {'id': 'usaid-health-security-activity-peru',
                   'date': datetime.date(2024, 11, 1),
                   'precision': 'month',
                   'title': 'USAID invites proposals for a five-year health-security activity in Peru',
                   'refs': ['global-health-security'],
                   'confidence': 'medium-low',
                   'sources': [{'publisher': 'SweetSpot (grant listing of a USAID NOFO)',
                                'title': 'Strengthening Systems for Health Security Activity (SSHS) in Peru',
                                'url': 'https://console.sweetspotgov.com/federal-grants/63b0dfaa-9465-5ca8-bc13-157a1cf8806c'},
                               {'publisher': 'USAID',
                                'title': 'Peru: Global Health Security',
                                'url': 'https://www.usaid.gov/peru/global-health-security'}],
                   'summary': 'USAID advertised a $19 million, five-year cooperative agreement to help Peru '
                              'prevent, detect and respond to infectious diseases (business day 7 November '
                              '2024, applications due 20 December 2024). Whether it was awarded, given '
                              "USAID's 2025 dismantling, was not found."},
                  {'id': 'peru-active-msp-forum-member',
                   'date': datetime.date(2025, 2, 1),
                   'precision': 'month',
                   'title': "Peru's foreign minister calls Peru an active member of the MSP Forum",
                   'refs': ['critical-minerals'],
                   'confidence': 'medium',
                   'sources': [{'publisher': 'Andina',
                                'title': 'Peru FA Min promotes commitment to new mining initiatives',
                                'url': 'https://andina.pe/ingles/noticia-peru-fa-min-promotes-commitment-to-new-mining-initiatives-1019002.aspx',
                                'date': datetime.date(2025, 2, 17)}],
                   'summary': 'At the Munich Security Conference, Foreign Minister Elmer Schialer described '
                              'Peru as an active member of the Minerals Security Partnership Forum, which it '
                              'had applied to join at the Dialogue. The date Peru was admitted was not '
                              'found.',
                   'notes': [{'text': 'Dated by the event, not the article: the remarks were made at the '
                                      '61st Munich Security Conference, held 14-16 February 2025 (the day of '
                                      'the panel is not given); the Andina article is datelined 17 February, '
                                      "which some copies repeat as the conference's date.",
                              'source': 'https://securityconference.org/en/msc-2025; '
                                        'https://andina.pe/ingles/noticia-peru-fa-min-promotes-commitment-to-new-mining-initiatives-1019002.aspx',
                              'confidence': 'high'}]},
                  {'id': 'electronic-nationality-verification',
                   'date': datetime.date(2025, 4, 1),
                   'precision': 'month',
                   'title': 'Peru adopts U.S. electronic nationality verification for deportation cases',
                   'refs': ['migration-cooperation'],
                   'confidence': 'medium',
                   'sources': [{'publisher': 'La República',
                                'title': 'Gobierno de Trump felicita al Perú por facilitar la deportación de '
                                         'peruanos indocumentados en Estados Unidos',
                                'url': 'https://larepublica.pe/mundo/2025/04/11/gobierno-de-trump-felicita-al-peru-por-facilitar-la-deportacion-de-peruanos-indocumentados-en-estados-unidos-233057',
                                'date': datetime.date(2025, 4, 11)}],
                   'summary': "Peru's Foreign Ministry announced that it would use the U.S. Electronic "
                              'Nationality Verification programme to confirm quickly the identity of '
                              'Peruvians under U.S. removal orders, and the U.S. government publicly thanked '
                              'Peru. Cooperation on migration thus moved towards returns under the new U.S. '
                              'administration.'},
                  {'id': 'bicentennial-commemorations-open',
                   'date': datetime.date(2025, 5, 2),
                   'precision': 'day',
                   'title': 'Peru and the United States open the bicentennial commemorations of their '
                            'relations',
                   'refs': ['bicentennial-working-group', 'people-to-people-ties'],
                   'confidence': 'medium-high',
                   'sources': [{'publisher': 'Panamericana',
                                'title': 'Marco Rubio aceptó invitación para visitar el Perú por el '
                                         'bicentenario',
                                'url': 'https://panamericana.pe/politica/460601-marco-rubio-acepto-invitacion-visitar-peru-bicentenario-bilateral',
                                'date': datetime.date(2025, 12, 8)},
                               {'publisher': 'Caretas',
                                'title': '200 años de relaciones entre Perú y EE.UU.: Inicia la '
                                         'conmemoración',
                                'url': 'https://caretas.pe/?p=748360'}],
                   'summary': "A joint communiqué by Peru's Foreign Ministry and the U.S. Embassy marked 2 "
                              'May 2025 as the start of the year-long bicentennial. On 8 May 2025 Foreign '
                              "Minister Schialer and U.S. Chargé d'Affaires Joan Perkins opened a "
                              'documentary and photo exhibition on two centuries of relations at the Foreign '
                              'Ministry.'},
                  {'id': 'surimana-diptych-exhibited',
                   'date': datetime.date(2025, 6, 1),
                   'precision': 'month',
                   'title': 'Repatriated Surimana diptych on show in a Lima exhibition of recovered '
                            'heritage, until 23 June 2025',
                   'refs': ['cuzco-school-repatriation'],
                   'confidence': 'medium-high',
                   'sources': [{'publisher': 'Infobae',
                                'title': 'Robada en 2008 de un templo en Cusco, esta obra virreinal regresó '
                                         'desde EE.UU. y ahora puede verse en muestra gratuita en Lima',
                                'url': 'https://www.infobae.com/peru/2025/06/05/robada-en-2008-de-un-templo-en-cusco-esta-obra-virreinal-regreso-desde-eeuu-y-ahora-puede-verse-en-muestra-gratuita-en-lima',
                                'date': datetime.date(2025, 6, 5)},
                               {'publisher': 'El Men',
                                'title': 'Perú exhibe valiosas piezas culturales recuperadas del extranjero',
                                'url': 'https://elmen.pe/peru-exhibe-valiosas-piezas-culturales-recuperadas-del-extranjero/'},
                               {'publisher': 'Andina',
                                'title': 'FBI delivers two viceregal paintings for return to Peru',
                                'url': 'https://andina.pe/ingles/noticia-fbi-delivers-two-viceregal-paintings-for-return-to-peru-985126.aspx',
                                'date': datetime.date(2024, 5, 10)}],
                   'summary': 'The diptych of Saint Joseph with the Child and Saint Christopher, stolen in '
                              '2008 from the Surimana parish church (Canas, Cusco) and handed back at the '
                              'Dialogue, was on show in June 2025, with about 95 other recovered pieces, in '
                              "the Ministry of Culture's free exhibition 'Wasinman Kutispa. Volviendo a "
                              "casa' (Sala Nasca, San Borja), open until 23 June; its opening day was not "
                              "found, so the month is the exhibition's, not an article's. Infobae dates its "
                              'style to the 18th century, whereas Andina said 17th.'},
                  {'id': 'landau-schialer-unga-2025',
                   'date': datetime.date(2025, 9, 1),
                   'precision': 'month',
                   'title': 'Deputy Secretary Landau and Foreign Minister Schialer meet at the UN General '
                            'Assembly',
                   'refs': ['migration-cooperation', 'critical-minerals'],
                   'confidence': 'medium',
                   'sources': [{'publisher': 'U.S. Department of State (via MENAFN)',
                                'title': "Deputy Secretary Landau's Meeting With Foreign Minister Schialer",
                                'url': 'https://menafn.com/1110117611/Deputy-Secretary-Landaus-Meeting-With-Foreign-Minister-Schialer'}],
                   'summary': "During the UN's 80th high-level week in New York, the two praised Peru's help "
                              'with regional efforts against illegal immigration, discussed disrupting '
                              'criminal networks and money laundering, and the U.S. side said it wanted more '
                              "investment in Peru's critical minerals and infrastructure."},
                  {'id': 'oecd-accession-progress-2025',
                   'date': datetime.date(2025, 11, 1),
                   'precision': 'month',
                   'title': 'Peru briefs OECD member ambassadors: progress before 18 of 23 committees, three '
                            'reviews completed',
                   'refs': ['oecd-accession'],
                   'confidence': 'medium-low',
                   'sources': [{'publisher': 'Andina',
                                'title': 'Peru updates OECD ambassadors on accession progress',
                                'url': 'https://andina.pe/ingles/noticia-peru-updates-oecd-ambassadors-on-accession-progress-1052007.aspx'}],
                   'summary': "Peru's Foreign Ministry told ambassadors of OECD members in Lima that Peru "
                              'had made progress before 18 of its 23 accession committees and fully '
                              'completed three reviews, citing the OECD Economic Survey of Peru 2025. No '
                              'formal OECD Council decision on Peru was found up to November 2026.',
                   'notes': [{'text': 'The article\'s lead says Peru had completed "more than half" of its '
                                      'committee evaluations, but its own figures are progress before 18 of '
                                      '23 committees and three reviews completed; the title follows the '
                                      'figures.',
                              'source': 'https://andina.pe/ingles/noticia-peru-updates-oecd-ambassadors-on-accession-progress-1052007.aspx',
                              'confidence': 'high'}]},
                  {'id': 'de-zela-rubio-meeting',
                   'date': datetime.date(2025, 12, 5),
                   'precision': 'day',
                   'title': 'Foreign Minister de Zela and Secretary Rubio meet on organized crime; Rubio '
                            'accepts a bicentennial visit',
                   'refs': ['citizen-security-working-group', 'bicentennial-working-group',
                            'critical-minerals', 'further-cooperation-initiatives'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'Latina Noticias',
                                'title': 'Canciller se reúne con secretario de Estado Marco Rubio y '
                                         'reafirmaron compromiso en lucha contra la delincuencia organizada '
                                         'transnacional',
                                'url': 'https://latinanoticias.pe/politica/canciller-se-reune-con-secretario-de-estado-marco-rubio-y-reafirmaron-compromiso-en-lucha-contra-la-delincuencia-organizada-transnacional_20251205/',
                                'date': datetime.date(2025, 12, 5)},
                               {'publisher': 'RPP',
                                'title': 'Perú y Estados Unidos reafirmaron su compromiso en la lucha contra '
                                         'la delincuencia organizada transnacional',
                                'url': 'https://rpp.pe/politica/gobierno/peru-y-estados-unidos-reafirmaron-su-compromiso-en-la-lucha-contra-la-delincuencia-organizada-transnacional-noticia-1666813',
                                'date': datetime.date(2025, 12, 6)},
                               {'publisher': 'Diario Correo',
                                'title': 'Hugo de Zela anuncia disposición de Marco Rubio para visitar el '
                                         'Perú en 2026',
                                'url': 'https://diariocorreo.pe/politica/hugo-de-zela-anuncia-disposicion-de-marco-rubio-para-visitar-el-peru-en-2026-noticia/'}],
                   'summary': 'In Washington the two agreed to coordinate closely against transnational '
                              'organized crime and drug trafficking, discussed critical minerals, '
                              'infrastructure and space, and agreed that a U.S. security team would go to '
                              'Lima. Rubio accepted an invitation to visit Peru in 2026 for the bicentennial '
                              '(whether the visit took place was not confirmed).',
                   'notes': [{'text': 'The visit was reconfirmed by Ambassador Navarro on 8 February 2026 '
                                      'and by Foreign Minister de Zela on 9 February 2026 ("in the short '
                                      'term"); whether it took place was not found.',
                              'source': 'https://www.exitosanoticias.pe/actualidad/embajador-eeuu-peru-confirma-llegada-marco-rubio-fortalecer-relacion-bilateral-n168292; '
                                        'https://www.swissinfo.ch/spa/gobierno-espera-que-marco-rubio-visite-%22en-el-breve-plazo%22-per%C3%BA%2C-dice-su-canciller/90916300',
                              'confidence': 'high'}]},
                  {'id': 'us-security-advisory-team-lima',
                   'date': datetime.date(2025, 12, 10),
                   'precision': 'day',
                   'title': "U.S. interagency security team (FBI, DEA) begins advising Peru's government in "
                            'Lima',
                   'refs': ['citizen-security-working-group', 'further-cooperation-initiatives'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'RPP',
                                'title': 'Canciller: delegación extranjera llegó al Perú para hacer '
                                         'diagnóstico y dar recomendaciones sobre seguridad',
                                'url': 'https://rpp.pe/peru/actualidad/canciller-delegacion-extranjera-llego-al-peru-para-hacer-diagnostico-y-dar-recomendaciones-sobre-seguridad-noticia-1667377',
                                'date': datetime.date(2025, 12, 10)},
                               {'publisher': 'El Comercio',
                                'title': 'José Jerí se reúne con delegación del FBI y expertos en seguridad '
                                         'para definir el nuevo plan nacional',
                                'url': 'https://elcomercio.pe/lima/jose-jeri-se-reune-con-delegacion-del-fbi-y-expertos-en-seguridad-para-definir-el-nuevo-plan-nacional-ultimas-noticia/'},
                               {'publisher': 'EFE (La Jornada Net)',
                                'title': 'EE.UU. inicia una asesoría en Perú encabezada por el FBI y la DEA',
                                'url': 'https://lajornadanet.com/mundo/ee-uu-inicia-una-asesoria-en-peru-encabezada-por-el-fbi-y-la-dea/',
                                'date': datetime.date(2025, 12, 11)}],
                   'summary': "At interim President José Jerí's request, a six-member U.S. team led by FBI "
                              'operations director José A. Pérez held its first session at Government '
                              "Palace. Over about ten days it was to assess Peru's crime situation and "
                              'recommend inputs for a new Peruvian citizen-security plan. The sources do not '
                              'call this a meeting of the 2024 Working Group.'},
                  {'id': 'major-non-nato-ally-notification',
                   'date': datetime.date(2025, 12, 11),
                   'precision': 'day',
                   'title': 'White House notifies Congress it will designate Peru a Major Non-NATO Ally',
                   'refs': ['aerial-interception-agreement', 'further-cooperation-initiatives'],
                   'confidence': 'medium-high',
                   'sources': [{'publisher': 'Bloomberg (Buenos Aires Times)',
                                'title': 'Trump to name Peru a major non-NATO ally amid anti-drug push',
                                'url': 'https://www.batimes.com.ar/news/latin-america/trump-to-name-peru-a-major-non-nato-ally-amid-anti-drug-push.phtml'},
                               {'publisher': 'Latina Noticias',
                                'title': 'Estados Unidos designa al Perú como aliado principal no miembro de '
                                         'la OTAN',
                                'url': 'https://latinanoticias.pe/mundo/estados-unidos-designa-al-peru-como-aliado-principal-no-miembro-de-la-otan_20260203/',
                                'date': datetime.date(2026, 2, 3)}],
                   'summary': 'The White House told the Senate Foreign Relations Committee on Thursday 11 '
                              'December 2025 that it intended to make Peru a Major Non-NATO Ally, citing '
                              'shared priorities on counternarcotics and regional security. A Peruvian '
                              'outlet later cited Presidential Determination No. 2026-04, dated 14 January '
                              '2026 (single source).'},
                  {'id': 'critical-minerals-rare-earths-mou-2026',
                   'date': datetime.date(2026, 2, 4),
                   'precision': 'day',
                   'title': 'Peru signs a second memorandum with the U.S. on critical minerals and rare '
                            'earths',
                   'refs': ['critical-minerals', 'critical-minerals-mou-talks'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'Gestión',
                                'title': 'Perú firma memorándum para impulsar cooperación en minerales '
                                         'críticos con EE.UU.',
                                'url': 'https://gestion.pe/peru/peru-firma-memorandum-para-impulsar-cooperacion-en-minerales-criticos-con-eeuu-noticia/',
                                'date': datetime.date(2026, 2, 4)},
                               {'publisher': 'Andina',
                                'title': "Peru's Foreign Affairs Minister signs critical minerals MoU in US",
                                'url': 'https://andina.pe/ingles/noticia-perus-foreign-affairs-minister-signs-critical-minerals-mou-in-us-1061912.aspx'},
                               {'publisher': 'Diario El Salvador (dinero.com.sv)',
                                'title': 'Critical Minerals Ministerial in Washington',
                                'url': 'https://dinero.com.sv/?p=74278'}],
                   'summary': "At the State Department's Critical Minerals Ministerial in Washington (about "
                              '55 countries), Foreign Minister Hugo de Zela signed a non-binding MOU '
                              'covering priority projects, financing and technology transfer, exploration, '
                              'processing and recycling. The U.S. also signed frameworks with Argentina, '
                              'Ecuador and Paraguay there.'},
                  {'id': 'house-resolution-200-years',
                   'date': datetime.date(2026, 5, 11),
                   'precision': 'day',
                   'title': 'U.S. House resolution celebrating 200 years of relations with Peru introduced',
                   'refs': ['bicentennial-working-group'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'U.S. Government Publishing Office (govinfo)',
                                'title': 'H. Res. 1272 (119th Congress): Celebrating 200 years of United '
                                         'States diplomatic relations with Peru',
                                'url': 'https://www.govinfo.gov/content/pkg/BILLS-119hres1272ih/xml/BILLS-119hres1272ih.xml',
                                'date': datetime.date(2026, 5, 11)}],
                   'summary': 'Rep. Gimenez, joined by Rep. Garcia of California, introduced a House '
                              'resolution marking the bicentennial of relations. It recalls that the United '
                              "States recognized Peru's independence on 2 May 1826. It was referred to the "
                              'Foreign Affairs Committee; its later fate was not checked.'},
                  {'id': 'usaid-freeze-peru',
                   'date': datetime.date(2025, 1, 27),
                   'precision': 'day',
                   'title': 'U.S. foreign-aid pause halts USAID programmes in Peru',
                   'refs': ['global-health-security', 'deforestation-and-illegal-mining',
                            'democratic-institutions', 'human-rights', 'indigenous-communities',
                            'disaster-response'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'Ahora',
                                'title': 'EE.UU. suspende ayuda al Perú: 90 días de incertidumbre para los '
                                         'programas de cooperación de USAID',
                                'url': 'https://ahora.com.pe/ee-uu-suspende-ayuda-al-peru-90-dias-de-incertidumbre-para-los-programas-de-cooperacion-de-usaid'},
                               {'publisher': 'Noticias 360 (embedding Canal N)',
                                'title': 'Donald Trump dispone suspender la ayuda financiera de EE.UU. a '
                                         'Perú a través de USAID',
                                'url': 'https://noticias360.com.pe/mundo/donald-trump-dispone-suspender-la-ayuda-financiera-de-ee-uu-a-peru-traves-de-usaid/5',
                                'date': datetime.date(2025, 1, 27)},
                               {'publisher': 'Convoca',
                                'title': 'Programas sociales y ambientales en jaque en Perú por suspensión '
                                         'de ayuda de Estados Unidos',
                                'url': 'https://convoca.pe/agenda-propia/programas-sociales-y-ambientales-en-jaque-en-peru-por-suspension-de-ayuda-de-estados'}],
                   'summary': 'Foreign Minister Elmer Schialer confirmed that the 90-day pause on U.S. '
                              'foreign aid, ordered on 20 January 2025, had stopped the programmes USAID ran '
                              'in Peru: governance, health, education, environment and alternative '
                              'development. Peru had counted on some US$630 million of such aid up to 2030.',
                   'notes': [{'text': "Dated by Peru's confirmation (Monday 27 January 2025); the pause "
                                      'itself took effect between 20 and 24 January 2025.',
                              'source': 'https://radiopaulina.cl/2025/01/27/estados-unidos-suspende-financiamiento-de-us630-millones-al-peru-para-la-lucha-contra-las-drogas-y-cultivos-alternativos',
                              'confidence': 'high'}]},
                  {'id': 'deportation-flights-2025',
                   'date': datetime.date(2025, 2, 1),
                   'precision': 'day',
                   'title': 'First deportation flights of the new U.S. administration land in Lima',
                   'refs': ['migration-cooperation'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'Por Esto',
                                'title': 'Primer grupo de peruanos deportados de EEUU llega a Lima en medio '
                                         'de estrictos controles migratorios',
                                'url': 'https://poresto.net/internacional/2025/2/1/primer-grupo-de-peruanos-deportados-de-eeuu-llega-a-lima-en-medio-de-estrictos-controles-migratorios.html',
                                'date': datetime.date(2025, 2, 1)},
                               {'publisher': 'Latina Noticias',
                                'title': 'Así llegó el segundo grupo de peruanos deportados desde Estados '
                                         'Unidos',
                                'url': 'https://latinanoticias.pe/lima/asi-llego-el-segundo-grupo-de-peruanos-deportados-desde-estados-unidos'}],
                   'summary': 'A flight carrying 34 Peruvians removed from the United States reached Lima, '
                              'arranged with the U.S. authorities; a second, with 106, followed on 6 '
                              'February 2025. Migration cooperation turned to returns.'},
                  {'id': 'us-baseline-tariff-peru',
                   'date': datetime.date(2025, 4, 5),
                   'precision': 'day',
                   'title': '10% U.S. baseline tariff applies to Peruvian goods despite the trade agreement',
                   'refs': ['trade-and-investment', 'fta-anniversary'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'EY Tax News',
                                'title': 'Peru: Likely impact from US tariffs',
                                'url': 'https://taxnews.ey.com/news/2025-0905-peru-likely-impact-from-us-tariffs',
                                'date': datetime.date(2025, 4, 16)},
                               {'publisher': 'Andina',
                                'title': 'Peru: Foreign Trade Ministry seeks elimination of 10% tariff '
                                         'imposed by US',
                                'url': 'https://andina.pe/ingles/noticia-peru-foreign-trade-ministry-seeks-elimination-of-10-tariff-imposed-by-us-1025085.aspx',
                                'date': datetime.date(2025, 4, 7)}],
                   'summary': 'Under Executive Order 14257 of 2 April 2025, a 10% tariff began to apply to '
                              'goods from Peru, although trade under the 2009 agreement had been almost '
                              "entirely duty-free; copper and other critical minerals were exempt. Peru's "
                              "trade ministry said it would seek the tariff's removal under the agreement."},
                  {'id': 'usaid-closure-peru-programmes',
                   'date': datetime.date(2025, 6, 1),
                   'precision': 'month',
                   'title': "USAID's closure ends its HIV, illegal-mining and forest-fire programmes in Peru",
                   'refs': ['deforestation-and-illegal-mining', 'global-health-security'],
                   'confidence': 'medium',
                   'sources': [{'publisher': 'Convoca',
                                'title': 'Cierre de USAID golpea en Perú programas estratégicos contra el '
                                         'VIH e incendios',
                                'url': 'https://convoca.pe/agenda-propia/cierre-de-usaid-golpea-peru-programas-estrategicos-contra-el-vih-e-incendios'}],
                   'summary': 'Before USAID formally closed on 1 July 2025, its programmes in Peru against '
                              'HIV (PEPFAR), against illegal mining, logging and wildlife trafficking in '
                              'border regions (ECOS) and against forest fires (FUEGO) were being wound up, '
                              'more than US$70 million planned to 2030.'},
                  {'id': 'first-smr-workshop-san-salvador',
                   'date': datetime.date(2025, 6, 9),
                   'precision': 'day',
                   'title': 'U.S.-backed FIRST workshop on small modular reactors opens in San Salvador, '
                            'Peru attending',
                   'refs': ['first-smr-conference'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'Radio YSKL',
                                'title': 'Inauguran en El Salvador taller regional sobre uso responsable de '
                                         'pequeños reactores nucleares',
                                'url': 'https://radioyskl.com/2025/06/09/inauguran-en-el-salvador-taller-regional-sobre-uso-responsable-de-pequenos-reactores-nucleares/',
                                'date': datetime.date(2025, 6, 9)},
                               {'publisher': 'Diario El Mundo',
                                'title': 'EE.UU., Canadá y El Salvador inician taller regional de energía '
                                         'nuclear',
                                'url': 'https://diario.elmundo.sv/economia/eeuu-canada-y-el-salvador-inician-taller-regional-de-energia-nuclear'}],
                   'summary': 'El Salvador hosted a regional FIRST capacity-building workshop on small '
                              "modular reactors, with ten Latin American delegations, Peru's among them. It "
                              'is context, not fulfilment: the statement announced a conference hosted by '
                              "Peru, and whether this workshop counts as the region's second FIRST "
                              'conference is not known.'},
                  {'id': 'us-tariff-exemption-peru-farm-products',
                   'date': datetime.date(2025, 11, 17),
                   'precision': 'day',
                   'title': 'More than 100 Peruvian farm exports exempted from the U.S. tariff; blueberries '
                            'left out',
                   'refs': ['trade-and-investment', 'fta-anniversary'],
                   'confidence': 'medium-high',
                   'sources': [{'publisher': 'Reuters (via Active Trader Daily)',
                                'title': 'Peru says new US tariff exemption includes about 100 food products',
                                'url': 'https://www.activetraderdaily.com/?p=124816'},
                               {'publisher': 'Blueberries Consulting',
                                'title': 'New US tariff exemption benefits Peruvian agriculture, but leaves '
                                         'out blueberries',
                                'url': 'https://blueberriesconsulting.com/en/nueva-exencion-arancelaria-de-ee-uu-favorece-a-agro-peruano-pero-deja-fuera-al-arandano'}],
                   'summary': 'After the United States lifted tariffs on more than 200 food products the '
                              'week before, Trade Minister Teresa Mera said that over 100 Peruvian farm '
                              "exports, about a quarter of Peru's sales to the U.S. in 2024, no longer paid "
                              "the tariff. Blueberries, Peru's largest export there, still did.",
                   'notes': [{'text': "Dated by Peru's announcement (Monday 17 November 2025); the day of "
                                      'the U.S. order, in the week before, was not checked.',
                              'source': 'https://www.activetraderdaily.com/?p=124816',
                              'confidence': 'medium-high'}]},
                  {'id': 'ambassador-navarro-credentials',
                   'date': datetime.date(2026, 2, 3),
                   'precision': 'day',
                   'title': 'New U.S. ambassador Bernie Navarro presents his credentials in Lima',
                   'refs': ['bicentennial-working-group', 'people-to-people-ties'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'Exitosa',
                                'title': 'Presidente José Jerí recibió a Bernie Navarro, nuevo embajador de '
                                         'EE.UU. en Perú',
                                'url': 'https://www.exitosanoticias.pe/actualidad/presidente-jose-jeri-recibio-bernie-navarro-nuevo-embajador-eeuu-peru-n168006',
                                'date': datetime.date(2026, 2, 3)},
                               {'publisher': 'Gestión',
                                'title': 'Bernie Navarro, nuevo embajador de Estados Unidos, llegó al Perú '
                                         'para iniciar misión diplomática',
                                'url': 'https://gestion.pe/peru/politica/bernie-navarro-nuevo-embajador-de-estados-unidosllego-al-peru-para-iniciar-mision-diplomatica-noticia/',
                                'date': datetime.date(2026, 1, 30)},
                               {'publisher': 'Caretas',
                                'title': 'Report of the credentials ceremony of 3 February 2026 (headline '
                                         'not shown in the copy read)',
                                'url': 'https://caretas.pe/?p=788919'}],
                   'summary': "Bernie Navarro, President Trump's choice for Lima, arrived on 29 January 2026 "
                              'and presented his credentials to interim President José Jerí at Government '
                              'Palace, speaking of two hundred years of relations. The embassy had been led '
                              "by a chargé d'affaires, Joan Perkins, since Ambassador Syptak-Ramnath's "
                              'departure.'},
                  {'id': 'forge-succeeds-msp',
                   'date': datetime.date(2026, 2, 4),
                   'precision': 'day',
                   'title': 'FORGE launched as the successor to the Minerals Security Partnership',
                   'refs': ['critical-minerals'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'The Federal Newswire',
                                'title': 'United States hosts global summit on securing critical mineral '
                                         'supply chains',
                                'url': 'https://thefederalnewswire.com/stories/679687791-united-states-hosts-global-summit-on-securing-critical-mineral-supply-chains'},
                               {'publisher': 'Centreline',
                                'title': 'U.S. hosts global summit, unveils sweeping strategy to secure '
                                         'critical minerals supply chains',
                                'url': 'https://centreline.com.pk/2026/02/06/u-s-hosts-global-summit-unveils-sweeping-strategy-to-secure-critical-minerals-supply-chains',
                                'date': datetime.date(2026, 2, 6)},
                               {'publisher': 'Atlantic Council',
                                'title': 'Analysis of FORGE a week after its launch (headline not shown in '
                                         'the copy read)',
                                'url': 'https://www.atlanticcouncil.org/?p=905012'}],
                   'summary': 'At the Critical Minerals Ministerial in Washington, Secretary Rubio announced '
                              'the Forum on Resource Geostrategic Engagement (FORGE) to replace the Minerals '
                              'Security Partnership, with the Republic of Korea as its first chair; the U.S. '
                              "also signed eleven bilateral minerals frameworks there, Peru's among them. "
                              'Whether Peru joined FORGE, and what became of the MSP Forum it belonged to, '
                              'was not found.'},
                  {'id': 'balcazar-interim-us-support',
                   'date': datetime.date(2026, 2, 19),
                   'precision': 'day',
                   'title': "State Department says it will keep working with Peru's new interim president, "
                            'José María Balcázar',
                   'refs': ['democratic-institutions'],
                   'confidence': 'high',
                   'sources': [{'publisher': 'El Comercio',
                                'title': 'EE.UU. ratifica apoyo a Perú tras designación de José María '
                                         'Balcázar como presidente',
                                'url': 'https://elcomercio.pe/politica/gobierno/eeuu-ratifica-apoyo-a-peru-tras-designacion-de-jose-maria-balcazar-como-presidente-ultimas-noticia/'},
                               {'publisher': 'EFE (ABC Color)',
                                'title': 'Embajador de EE.UU. en Perú se reúne con nuevo presidente para '
                                         'ofrecerle su mano franca',
                                'url': 'https://www.abc.com.py/internacionales/2026/02/20/embajador-de-eeuu-en-peru-se-reune-con-nuevo-presidente-para-ofrecerle-su-mano-franca/',
                                'date': datetime.date(2026, 2, 20)}],
                   'summary': 'After Congress removed José Jerí and chose José María Balcázar as interim '
                              "president until July 2026, the State Department's Western Hemisphere bureau "
                              'said it would go on working with his government ahead of the April elections, '
                              'and Ambassador Navarro called on him. A statement of support, not a joint '
                              'programme on democratic institutions.'}],
 'progress': [{'record': 'aerial-interception-agreement',
               'promise': "Both welcomed the aerial interception agreement's entry into force.",
               'rating': 'kept',
               'reason': 'Radar information sharing resumed in November 2024 and U.S. counternarcotics aid '
                         'went on; no suspension of the programme was reported.',
               'evidence': ['biden-boluarte-meeting-lima', 'major-non-nato-ally-notification'],
               'confidence': 'medium-high',
               'source': 'the developments cited',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'csii-memorandum',
               'promise': 'Both signed the CSII memorandum, the first step in implementing the agreement.',
               'rating': 'done at the Dialogue',
               'reason': 'Signed on 9 May 2024; the radar data sharing it prepares is reported in November '
                         '2024.',
               'evidence': ['biden-boluarte-meeting-lima'],
               'confidence': 'high',
               'source': 'the statement (paragraph 7); an op-ed naming its signatories (single, opinion '
                         'source): https://guik.pe/interceptacion-aerea',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'blue-dot-network',
               'promise': 'Peru joined the Blue Dot Network, the first Latin American country to do so.',
               'rating': 'done at the Dialogue',
               'reason': 'Joining was the act; no Blue Dot certification of a Peruvian project was found, '
                         'and an undated State Department page does not list Peru among members '
                         '(inconclusive).',
               'evidence': [],
               'confidence': 'medium',
               'source': 'the statement (paragraph 8); '
                         'https://public-preview-server.prod.cstreetsandbox.com/blue-dot-network',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'critical-minerals',
               'promise': 'Promote mining investment and critical-minerals cooperation; Peru to apply to the '
                          'MSP Forum.',
               'rating': 'superseded',
               'reason': 'Peru became an active MSP Forum member by February 2025, but FORGE replaced the '
                         'MSP on 4 February 2026; the minerals cooperation itself goes on (two MOUs). Peru '
                         'in FORGE: not found.',
               'evidence': ['critical-minerals-mou-2024', 'peru-active-msp-forum-member',
                            'critical-minerals-rare-earths-mou-2026', 'forge-succeeds-msp'],
               'confidence': 'medium',
               'source': 'the developments cited',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'trade-and-investment',
               'promise': 'Expand investment, trade and business exchanges and strengthen economic ties.',
               'rating': 'in progress',
               'reason': 'A setback and partial relief: a 10% U.S. tariff from April 2025 despite the '
                         'agreement, then exemptions for over 100 farm products in November 2025 '
                         '(blueberries still taxed).',
               'evidence': ['us-baseline-tariff-peru', 'us-tariff-exemption-peru-farm-products'],
               'confidence': 'medium-low',
               'source': 'the developments cited',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'migration-cooperation',
               'promise': 'Cooperate on migration, working with international organizations on regional '
                          'concerns.',
               'rating': 'kept',
               'reason': 'Cooperation went on but turned to returns (deportation flights, nationality '
                         'checks); the part with international organizations suffered from the 2025 aid '
                         'cuts.',
               'evidence': ['electronic-nationality-verification', 'deportation-flights-2025',
                            'landau-schialer-unga-2025', 'biden-boluarte-meeting-lima'],
               'confidence': 'medium',
               'source': 'the developments cited',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'citizen-security-working-group',
               'promise': 'Both welcomed the inaugural meeting of the working group on citizen security and '
                          'transnational crime.',
               'rating': 'done at the Dialogue',
               'reason': 'The inaugural meeting was held (29 April 2024, a reading); no second meeting of '
                         'this group was found, though the same aims are pursued in other channels.',
               'evidence': ['de-zela-rubio-meeting', 'us-security-advisory-team-lima'],
               'confidence': 'medium-high',
               'source': 'the statement (paragraph 12)',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'disaster-response',
               'promise': 'The State Department and FEMA to partner with Peru on disaster response capacity.',
               'rating': 'no public record',
               'reason': "No FEMA-Peru activity found after May 2024; USAID's disaster work in Peru was "
                         'suspended in 2025.',
               'evidence': ['usaid-freeze-peru'],
               'confidence': 'medium',
               'source': 'searched FEMA with Peru and INDECI (research for issue 17)',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'first-smr-conference',
               'promise': 'Peru to host the second Latin American FIRST conference on small modular '
                          'reactors.',
               'rating': 'no public record',
               'reason': 'No FIRST conference hosted by Peru was found; the 2025 regional FIRST workshop was '
                         'in San Salvador, with Peru attending.',
               'evidence': ['first-smr-workshop-san-salvador'],
               'confidence': 'medium',
               'source': 'the development cited',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'global-health-security',
               'promise': 'Both committed to partner in the Global Health Security programme.',
               'rating': 'stalled',
               'reason': 'A five-year USAID health-security activity was advertised in 2024; the aid freeze '
                         "and USAID's closure in July 2025 make an award unlikely, and none was found.",
               'evidence': ['usaid-health-security-activity-peru', 'usaid-freeze-peru',
                            'usaid-closure-peru-programmes'],
               'confidence': 'medium',
               'source': 'the developments cited',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'anti-satellite-tests',
               'promise': 'Both reiterated their commitment not to conduct direct-ascent anti-satellite '
                          'missile tests.',
               'rating': 'done at the Dialogue',
               'reason': 'The reiteration was the act; no later bilateral step was found (a test by either '
                         'country was not searched for).',
               'evidence': [],
               'confidence': 'high',
               'source': 'the statement (paragraph 16)',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'artemis-accords',
               'promise': 'Peru decided to join the Artemis Accords.',
               'rating': 'kept',
               'reason': 'Peru signed the Accords on 30 May 2024, and space cooperation with NASA continued.',
               'evidence': ['artemis-accords-signed', 'nasa-conida-sounding-rocket-mou'],
               'confidence': 'high',
               'source': 'the developments cited',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'bicentennial-working-group',
               'promise': 'A bilateral working group to organize the 200th anniversary of relations on 2 May '
                          '2026.',
               'rating': 'kept',
               'reason': 'Commemorations opened on 2 May 2025 and went on into 2026; the events of 2 May '
                         '2026 themselves were not found.',
               'evidence': ['bicentennial-commemorations-open', 'house-resolution-200-years',
                            'ambassador-navarro-credentials', 'de-zela-rubio-meeting'],
               'confidence': 'medium-high',
               'source': 'the developments cited',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'cuzco-school-repatriation',
               'promise': 'Both took part in the repatriation of Cuzco School paintings recovered by the '
                          'FBI.',
               'rating': 'done at the Dialogue',
               'reason': 'Handed over at the Dialogue; on show in Lima in June 2025.',
               'evidence': ['surimana-diptych-exhibited'],
               'confidence': 'high',
               'source': 'the statement (paragraph 19)',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'fta-anniversary',
               'promise': "Both celebrated the free trade agreement's 15th anniversary.",
               'rating': 'done at the Dialogue',
               'reason': 'The celebration was the act; in 2025 the United States taxed Peruvian goods '
                         'despite the agreement.',
               'evidence': ['us-baseline-tariff-peru', 'biden-boluarte-meeting-lima'],
               'confidence': 'high',
               'source': 'the statement (paragraph 20)',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'regional-mechanisms',
               'promise': 'Work together in regional mechanisms: APEC, which Peru hosted in 2024, and APEP.',
               'rating': 'kept',
               'reason': 'The APEC part was kept (Lima, November 2024); no APEP activity since January 2025 '
                         'was found.',
               'evidence': ['apec-2024-machu-picchu-declaration'],
               'confidence': 'medium',
               'source': 'the development cited',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'oecd-accession',
               'promise': "The United States recognized Peru's progress on its OECD accession roadmap.",
               'rating': 'in progress',
               'reason': 'Three of 23 committee reviews completed by late 2025; no Council decision found.',
               'evidence': ['oecd-accession-progress-2025'],
               'confidence': 'medium-high',
               'source': 'the development cited',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'deforestation-and-illegal-mining',
               'promise': 'Both will cooperate against deforestation and illegal mining.',
               'rating': 'stalled',
               'reason': "USAID's programmes against illegal mining and forest fires (ECOS, FUEGO) were "
                         'withdrawn in 2025; no new joint programme found.',
               'evidence': ['usaid-freeze-peru', 'usaid-closure-peru-programmes'],
               'confidence': 'medium',
               'source': 'the developments cited',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'indigenous-communities',
               'promise': 'Both reaffirmed that they will protect indigenous communities.',
               'rating': 'no public record',
               'reason': 'No joint action found after the Dialogue; U.S. aid programmes in Peru were '
                         'suspended in January 2025.',
               'evidence': ['usaid-freeze-peru'],
               'confidence': 'medium-low',
               'source': 'research for issue 17 (searched; nothing found)',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'human-rights',
               'promise': 'Both reaffirmed their commitment to promoting human rights.',
               'rating': 'no public record',
               'reason': 'No joint action found after the Dialogue; U.S. aid programmes in Peru were '
                         'suspended in January 2025.',
               'evidence': ['usaid-freeze-peru'],
               'confidence': 'medium-low',
               'source': 'research for issue 17 (searched; nothing found)',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'democratic-institutions',
               'promise': 'Both will strengthen democratic institutions and respect their independence.',
               'rating': 'no public record',
               'reason': "U.S. statements of support during Peru's 2026 interim transition, but no joint "
                         "programme; USAID's governance work was suspended.",
               'evidence': ['balcazar-interim-us-support', 'usaid-freeze-peru'],
               'confidence': 'medium-low',
               'source': 'the developments cited',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'critical-minerals-mou-talks',
               'promise': 'Both began talks on a memorandum on cooperation in critical minerals.',
               'rating': 'kept',
               'reason': 'The talks ended in the MOU signed in Lima on 29 August 2024; a second memorandum '
                         'followed on 4 February 2026.',
               'evidence': ['critical-minerals-mou-2024', 'critical-minerals-rare-earths-mou-2026'],
               'confidence': 'high',
               'source': 'the developments cited',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'further-cooperation-initiatives',
               'promise': 'The sessions advanced cooperation on democracy, civilian security, organized '
                          'crime and economic and cultural ties.',
               'rating': 'kept',
               'reason': 'Security and organized-crime cooperation deepened in 2025-2026 (a U.S. advisory '
                         'team, Major Non-NATO Ally status).',
               'evidence': ['us-security-advisory-team-lima', 'major-non-nato-ally-notification',
                            'de-zela-rubio-meeting'],
               'confidence': 'medium',
               'source': 'the developments cited',
               'checked': datetime.date(2026, 12, 1)},
              {'record': 'people-to-people-ties',
               'promise': "Both recognized the people-to-people ties of the two countries' communities.",
               'rating': 'kept',
               'reason': 'A recognition more than a programme; the bicentennial events and the new '
                         "ambassador's arrival carry it on.",
               'evidence': ['bicentennial-commemorations-open', 'ambassador-navarro-credentials'],
               'confidence': 'medium-low',
               'source': 'the developments cited',
               'checked': datetime.date(2026, 12, 1)}],
 'concepts': [{'id': 'drugs',
               'title': 'Drugs and narcotics',
               'words_en': ['drug', 'drugs', 'narcotics', 'drug trafficking', 'narcotrafficking',
                            'counternarcotics', 'counter-narcotics', 'cocaine', 'illicit drugs'],
               'words_es': ['drogas', 'droga', 'narcotráfico', 'tráfico ilícito de drogas',
                            'lucha contra las drogas', 'lucha antidrogas', 'antinarcóticos',
                            'estupefacientes', 'cocaína', 'narcoavionetas'],
               'links': [{'record': 'aerial-interception-agreement',
                          'reason': 'The aerial interception agreement is a counter-narcotics instrument; '
                                    'its dataset topics already include counternarcotics.'},
                         {'record': 'aerial-interception',
                          'reason': 'Glossary entry for the same counter-narcotics agreement on intercepting '
                                    'aircraft.'},
                         {'record': 'csii-memorandum',
                          'reason': 'The CSII memorandum is the first step in implementing the aerial '
                                    'interception agreement.'},
                         {'record': 'csii',
                          'reason': 'The information-sharing system that serves the aerial interception '
                                    '(counter-narcotics) agreement.'},
                         {'record': 'citizen-security-working-group',
                          'reason': 'Its mandate includes illicit drug trafficking, per the 14-15 March 2024 '
                                    'joint statement that agreed the group (gob.pe).'}]},
              {'id': 'organized-crime-and-citizen-security',
               'title': 'Organized crime and citizen security',
               'words_en': ['organized crime', 'organised crime', 'transnational crime',
                            'transnational organized crime', 'crime', 'citizen security', 'public safety',
                            'civil security', 'law enforcement'],
               'words_es': ['crimen organizado', 'delincuencia organizada',
                            'delincuencia organizada transnacional', 'crimen organizado transnacional',
                            'seguridad ciudadana', 'inseguridad', 'delincuencia', 'criminalidad'],
               'links': [{'record': 'citizen-security-working-group',
                          'reason': 'The working group on citizen security and the fight against '
                                    'transnational crime; its first meeting was most likely on 29 April 2024 '
                                    '(a reading of the garbled date).'},
                         {'record': 'working-group-inaugural-meeting',
                          'reason': "The dated event of that working group's inaugural meeting (read as 29 "
                                    'April 2024).'},
                         {'record': 'security-and-defense',
                          'reason': 'The breakout session that produced the security achievements (editorial '
                                    'mapping in the dataset).'},
                         {'record': 'aerial-interception-agreement',
                          'reason': 'The achievement says the agreement enhances security cooperation; the '
                                    'press says it also targets transnational organized crime.'},
                         {'record': 'deforestation-and-illegal-mining',
                          'reason': "Illegal mining and illegal deforestation are crimes; the record's "
                                    "aliases already include 'environmental crime'."}]},
              {'id': 'climate-and-energy-transition',
               'title': 'Climate and the energy transition',
               'words_en': ['climate', 'climate change', 'energy transition', 'clean energy', 'emissions',
                            'decarbonization', 'energy'],
               'words_es': ['clima', 'cambio climático', 'transición energética', 'energía limpia',
                            'emisiones', 'descarbonización', 'energía'],
               'links': [{'record': 'first-smr-conference',
                          'reason': "The FIRST SMR conference is meant 'to promote the energy transition in "
                                    "the region'."},
                         {'record': 'first-program',
                          'reason': 'FIRST builds capacity for small modular reactors, which the statement '
                                    'ties to the regional energy transition.'},
                         {'record': 'environment-and-disasters',
                          'reason': 'The breakout session on environmental protection, the session nearest '
                                    'to climate.'},
                         {'record': 'deforestation-and-illegal-mining',
                          'reason': 'Combating illegal deforestation protects forests; the statement does '
                                    "not say 'climate', so this link is an editorial inference."}]},
              {'id': 'nuclear-power',
               'title': 'Nuclear power',
               'words_en': ['nuclear', 'nuclear power', 'nuclear energy', 'small modular reactor',
                            'small modular reactors', 'SMR', 'reactor', 'atomic energy', 'civil nuclear'],
               'words_es': ['nuclear', 'energía nuclear', 'energía nucleoeléctrica',
                            'reactores modulares pequeños', 'reactor modular pequeño', 'reactor nuclear',
                            'energía atómica'],
               'links': [{'record': 'first-smr-conference',
                          'reason': 'Peru will host the second Latin American FIRST conference on the '
                                    'responsible use of small modular reactors.'},
                         {'record': 'first-program',
                          'reason': 'Glossary entry for FIRST, the U.S. capacity-building program for small '
                                    'modular reactors.'}]},
              {'id': 'health-and-pandemics',
               'title': 'Health and pandemics',
               'words_en': ['health', 'public health', 'pandemic', 'pandemics', 'epidemic',
                            'infectious disease', 'disease outbreak', 'health security', 'health systems'],
               'words_es': ['salud', 'salud pública', 'pandemia', 'pandemias', 'epidemia',
                            'enfermedades infecciosas', 'brotes', 'seguridad sanitaria',
                            'sistemas de salud'],
               'links': [{'record': 'global-health-security',
                          'reason': 'The GHS partnership aims to help health systems prevent, detect and '
                                    'respond to emerging infectious disease threats.'},
                         {'record': 'ghs',
                          'reason': 'Glossary entry for Global Health Security, the U.S. partnerships on '
                                    'infectious disease threats.'}]},
              {'id': 'critical-minerals-and-mining',
               'title': 'Critical minerals, rare earths and mining',
               'words_en': ['critical minerals', 'minerals', 'mineral', 'rare earths', 'rare earth elements',
                            'mining', 'mines', 'copper', 'lithium', 'supply chains', 'mineral security'],
               'words_es': ['minerales críticos', 'mineral crítico', 'minerales', 'tierras raras', 'minería',
                            'sector minero', 'cooperación minera', 'cobre', 'litio',
                            'cadenas de suministro'],
               'links': [{'record': 'critical-minerals',
                          'reason': "Both countries agreed to promote investment in Peru's mining sector and "
                                    'to cooperate on critical minerals; Peru applied to the MSP Forum.'},
                         {'record': 'msp',
                          'reason': 'Glossary entry for the Minerals Security Partnership on '
                                    'critical-mineral supply chains.'},
                         {'record': 'deforestation-and-illegal-mining',
                          'reason': 'Both countries reaffirmed that they will combat illegal mining.'}]},
              {'id': 'cultural-heritage',
               'title': 'Cultural heritage and looted art',
               'words_en': ['cultural heritage', 'heritage', 'cultural property', 'looted art', 'stolen art',
                            'art trafficking', 'antiquities', 'repatriation', 'restitution', 'paintings',
                            'colonial art'],
               'words_es': ['patrimonio cultural', 'bienes culturales', 'arte saqueado', 'arte robado',
                            'tráfico ilícito de bienes culturales', 'repatriación', 'restitución', 'pinturas',
                            'arte virreinal', 'arte colonial'],
               'links': [{'record': 'cuzco-school-repatriation',
                          'reason': 'Both countries took part in repatriating Cuzco School paintings that '
                                    'the FBI recovered.'},
                         {'record': 'cuzco-school-paintings',
                          'reason': 'The dated event: the repatriated paintings are 17th-century works.'},
                         {'record': 'cuzco-school',
                          'reason': 'Glossary entry for the Cuzco School, the colonial school the paintings '
                                    'belong to.'},
                         {'record': 'fbi', 'reason': 'The FBI recovered the paintings in New Mexico.'},
                         {'record': 'education-and-culture',
                          'reason': 'The breakout session on culture, which the repatriation is mapped '
                                    'to.'}]},
              {'id': 'natural-disasters',
               'title': 'Natural disasters (earthquakes, floods, El Niño)',
               'words_en': ['disaster', 'disasters', 'natural disaster', 'earthquake', 'earthquakes', 'flood',
                            'floods', 'El Niño', 'tsunami', 'landslide', 'emergency management',
                            'disaster response', 'disaster preparedness'],
               'words_es': ['desastre', 'desastres', 'desastres naturales', 'terremoto', 'sismo',
                            'inundación', 'inundaciones', 'huaico', 'Fenómeno El Niño', 'tsunami',
                            'gestión del riesgo de desastres', 'respuesta ante desastres',
                            'preparación ante desastres'],
               'links': [{'record': 'disaster-response',
                          'reason': 'The State Department and FEMA will partner with Peru to strengthen its '
                                    'disaster response capacity; no hazard is named, so it covers all of '
                                    'them.'},
                         {'record': 'environment-and-disasters',
                          'reason': 'The breakout session on disaster preparedness.'},
                         {'record': 'fema',
                          'reason': 'Glossary entry for FEMA, the U.S. federal disaster agency in the '
                                    'partnership.'}]},
              {'id': 'space',
               'title': 'Space',
               'words_en': ['space', 'outer space', 'space exploration', 'satellite', 'satellites',
                            'anti-satellite', 'ASAT', 'NASA', 'Artemis', 'moon', 'lunar'],
               'words_es': ['espacio', 'espacio ultraterrestre', 'exploración espacial', 'satélite',
                            'satélites', 'antisatélite', 'NASA', 'Artemisa', 'Luna', 'aeroespacial'],
               'links': [{'record': 'artemis-accords',
                          'reason': "The United States welcomed Peru's decision to join the Artemis Accords "
                                    'on the peaceful uses of outer space.'},
                         {'record': 'anti-satellite-tests',
                          'reason': 'Both countries reiterated that they will not conduct direct-ascent '
                                    'anti-satellite missile tests.'},
                         {'record': 'artemis',
                          'reason': 'Glossary entry for the Artemis Accords (Peru signed on 30 May 2024).'},
                         {'record': 'da-asat', 'reason': 'Glossary entry for the DA-ASAT test pledge.'}]},
              {'id': 'trade-agreements',
               'title': 'Trade agreements and regional economic integration',
               'words_en': ['trade agreement', 'free trade agreement', 'FTA', 'TPA', 'PTPA',
                            'trade promotion agreement', 'free trade', 'trade', 'commerce',
                            'regional integration', 'APEC', 'APEP'],
               'words_es': ['acuerdo comercial', 'tratado de libre comercio', 'TLC',
                            'acuerdo de libre comercio', 'Acuerdo de Promoción Comercial', 'APC',
                            'libre comercio', 'comercio', 'integración regional'],
               'links': [{'record': 'fta-anniversary',
                          'reason': 'Both countries celebrated the 15th anniversary of their free trade '
                                    'agreement.'},
                         {'record': 'tpa',
                          'reason': 'Glossary entry for the U.S.-Peru Trade Promotion Agreement (signed '
                                    '2006, in force 2009).'},
                         {'record': 'tpa-in-force',
                          'reason': 'The derived event: the agreement entered into force on 1 February '
                                    '2009.'},
                         {'record': 'trade-and-investment',
                          'reason': 'Both countries reiterated their commitment to strengthen trade and '
                                    'commercial exchanges.'},
                         {'record': 'regional-mechanisms',
                          'reason': 'Both committed to promote APEP and APEC, regional mechanisms for '
                                    'economic integration.'},
                         {'record': 'apec',
                          'reason': 'Glossary entry for APEC, the Asia-Pacific trade forum Peru hosted in '
                                    '2024.'},
                         {'record': 'apep',
                          'reason': 'Glossary entry for the Americas Partnership for Economic Prosperity.'},
                         {'record': 'economic-prosperity',
                          'reason': 'The breakout session on economic prosperity, which the trade records '
                                    'are mapped to.'}]},
              {'id': 'investment',
               'title': 'Investment',
               'words_en': ['investment', 'investments', 'investor', 'investors', 'invest', 'FDI',
                            'infrastructure investment', 'business', 'entrepreneurs'],
               'words_es': ['inversión', 'inversiones', 'inversionistas', 'inversores', 'invertir',
                            'inversión extranjera', 'empresarios', 'emprendedores'],
               'links': [{'record': 'trade-and-investment',
                          'reason': 'Both countries reiterated their commitment to expand investment.'},
                         {'record': 'critical-minerals',
                          'reason': "Both countries agreed to promote investment in Peru's mining sector."},
                         {'record': 'blue-dot-network',
                          'reason': 'The Blue Dot Network promotes high-quality infrastructure projects; its '
                                    'dataset topics include investment.'},
                         {'record': 'blue-dot',
                          'reason': 'Glossary entry for the Blue Dot Network infrastructure certification.'},
                         {'record': 'economic-prosperity',
                          'reason': 'The breakout session on economic prosperity, which the investment '
                                    'records are mapped to.'}]},
              {'id': 'migration',
               'title': 'Migration',
               'words_en': ['migration', 'migrants', 'migrant', 'refugees', 'immigration', 'displacement',
                            'diaspora'],
               'words_es': ['migración', 'migrantes', 'migrante', 'migratorio', 'refugiados', 'inmigración',
                            'desplazamiento', 'diáspora'],
               'links': [{'record': 'migration-cooperation',
                          'reason': 'Both countries will cooperate on migration with international '
                                    'organizations on regional migration concerns.'},
                         {'record': 'governance-and-migration',
                          'reason': 'The breakout session on democratic governance and migration.'}]},
              {'id': 'democracy',
               'title': 'Democracy',
               'words_en': ['democracy', 'democratic', 'democratic institutions', 'governance', 'rule of law',
                            'separation of powers', 'institutional independence'],
               'words_es': ['democracia', 'democrático', 'instituciones democráticas', 'gobernanza',
                            'gobernabilidad', 'Estado de derecho', 'separación de poderes',
                            'independencia de las instituciones'],
               'links': [{'record': 'democratic-institutions',
                          'reason': 'Both countries reaffirmed that they will strengthen democratic '
                                    'institutions and respect their independence.'},
                         {'record': 'governance-and-migration',
                          'reason': 'The breakout session on democratic governance and migration.'}]},
              {'id': 'human-rights',
               'title': 'Human rights',
               'words_en': ['human rights', 'rights', 'civil rights', 'civil liberties'],
               'words_es': ['derechos humanos', 'derechos', 'libertades fundamentales'],
               'links': [{'record': 'human-rights',
                          'reason': 'Both countries reaffirmed their commitment to promoting human rights.'},
                         {'record': 'indigenous-communities',
                          'reason': "Protecting indigenous communities; the record's dataset topics include "
                                    'human-rights.'},
                         {'record': 'governance-and-migration',
                          'reason': 'The breakout session the human-rights commitment is mapped to '
                                    '(editorial mapping).'}]},
              {'id': 'indigenous-peoples',
               'title': 'Indigenous peoples',
               'words_en': ['indigenous', 'indigenous peoples', 'indigenous communities',
                            'native communities', 'tribal'],
               'words_es': ['indígenas', 'pueblos indígenas', 'comunidades indígenas', 'pueblos originarios',
                            'pueblos indígenas u originarios', 'comunidades nativas',
                            'comunidades campesinas'],
               'links': [{'record': 'indigenous-communities',
                          'reason': 'Both countries reaffirmed their commitment to protect indigenous '
                                    'communities.'}]},
              {'id': 'environment-and-amazon',
               'title': 'Environment and the Amazon',
               'words_en': ['environment', 'environmental', 'environmental protection', 'Amazon',
                            'rainforest', 'forest', 'forests', 'deforestation', 'logging', 'biodiversity',
                            'conservation'],
               'words_es': ['medio ambiente', 'medioambiente', 'ambiental', 'protección ambiental',
                            'Amazonía', 'Amazonas', 'bosque', 'bosques', 'deforestación', 'tala ilegal',
                            'biodiversidad', 'conservación'],
               'links': [{'record': 'deforestation-and-illegal-mining',
                          'reason': 'Both countries reaffirmed their commitment to jointly combat illegal '
                                    'deforestation and illegal mining.'},
                         {'record': 'environment-and-disasters',
                          'reason': 'The breakout session on environmental protection.'}]},
              {'id': 'education-and-exchanges',
               'title': 'Education, scholarships and exchanges',
               'words_en': ['education', 'scholarship', 'scholarships', 'student exchange',
                            'exchange programs', 'academic exchange', 'universities', 'students', 'Fulbright',
                            'people-to-people'],
               'words_es': ['educación', 'beca', 'becas', 'intercambio estudiantil',
                            'intercambios académicos', 'universidades', 'estudiantes', 'Fulbright'],
               'links': [{'record': 'education-and-culture',
                          'reason': 'The breakout session on education and culture; the statement names no '
                                    'specific education program.'}]},
              {'id': 'infrastructure',
               'title': 'Infrastructure',
               'words_en': ['infrastructure', 'quality infrastructure', 'infrastructure projects',
                            'certification'],
               'words_es': ['infraestructura', 'infraestructura de calidad', 'proyectos de infraestructura',
                            'certificación'],
               'links': [{'record': 'blue-dot-network',
                          'reason': 'Peru was the first Latin American country to join the Blue Dot Network '
                                    'for high-quality infrastructure projects.'},
                         {'record': 'blue-dot',
                          'reason': 'Glossary entry for the Blue Dot Network infrastructure '
                                    'certification.'}]},
              {'id': 'aviation-security',
               'title': 'Aviation and airspace security',
               'words_en': ['aviation', 'civil aviation', 'airspace', 'aircraft', 'interception',
                            'interdiction', 'air security'],
               'words_es': ['aviación', 'aviación civil', 'espacio aéreo', 'aeronaves', 'avionetas',
                            'interceptación', 'interdicción'],
               'links': [{'record': 'aerial-interception-agreement',
                          'reason': 'The agreement enhances security cooperation and civil aviation '
                                    'protections under international law.'},
                         {'record': 'aerial-interception',
                          'reason': 'Glossary entry for the agreement on intercepting aircraft.'},
                         {'record': 'csii-memorandum',
                          'reason': 'The CSII memorandum is the first step in implementing the aerial '
                                    'interception agreement.'},
                         {'record': 'csii',
                          'reason': 'The situational-information system behind the aerial interception '
                                    'agreement.'}]},
              {'id': 'anniversaries',
               'title': 'Anniversaries and the bicentennial',
               'words_en': ['anniversary', 'bicentennial', 'bicentenary', '200th anniversary', '200 years',
                            '15th anniversary', 'diplomatic relations', 'celebration'],
               'words_es': ['aniversario', 'bicentenario', '200 años', '200 aniversario', '15 aniversario',
                            'relaciones diplomáticas', 'celebración', 'conmemoración'],
               'links': [{'record': 'bicentennial-working-group',
                          'reason': 'A bilateral working group will organize the 200th anniversary of '
                                    'diplomatic relations on 2 May 2026.'},
                         {'record': 'bicentennial',
                          'reason': 'The dated event: the 200th anniversary on 2 May 2026.'},
                         {'record': 'diplomatic-relations-begin',
                          'reason': 'The derived event: U.S. recognition of Peru on 2 May 1826, from which '
                                    'both governments count the bicentennial.'},
                         {'record': 'fta-anniversary',
                          'reason': "Both countries celebrated the free trade agreement's 15th "
                                    'anniversary.'}]},
              {'id': 'oecd-and-governance',
               'title': 'OECD accession and international standards',
               'words_en': ['OECD', 'accession', 'accession roadmap', 'membership', 'international standards',
                            'public governance', 'join the OECD', 'joining the OECD', 'OECD membership'],
               'words_es': ['OCDE', 'adhesión', 'hoja de ruta de adhesión', 'membresía',
                            'estándares internacionales', 'gobernanza pública', 'ingreso a la OCDE',
                            'adhesión a la OCDE'],
               'links': [{'record': 'oecd-accession',
                          'reason': "The United States recognized Peru's progress on its OECD accession "
                                    'roadmap.'},
                         {'record': 'oecd',
                          'reason': "Glossary entry for the OECD (Peru's roadmap adopted 10 June 2022)."}]}]}
