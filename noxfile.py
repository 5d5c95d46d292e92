"""Developer sessions: `nox -s tests`, `build`, `serve`, `lint`, `bench`, `eval`."""

import nox

nox.options.sessions = ["tests"]
nox.options.reuse_existing_virtualenvs = True


@nox.session
def tests(session):
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def build(session):
    session.install("-e", ".")
    session.run("python", "-m", "generator", "extract")
    session.run("mkdocs", "build", "--strict")


@nox.session
def serve(session):
    session.install("-e", ".")
    session.run("mkdocs", "serve", "--livereload", *session.posargs)


@nox.session
def lint(session):
    session.install("ruff")
    session.run("ruff", "check", "generator", "tests", "noxfile.py")
