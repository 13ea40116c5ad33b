"""The bundled dataset; installed as the package `usperu.data` (see pyproject.toml)."""
