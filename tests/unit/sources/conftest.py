from tests.unit.sources.webserver import web  # noqa: F401  (the local test web server fixture)
