import pytest
import yaml

from generator.config import load_config
from generator.errors import BriefingError
from tests.conftest import run_cli


def _edit_calendar(project, old: str, new: str) -> None:
    path = project / "site_config" / "calendar.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(project, needle: str) -> int:
    lines = (project / "site_config" / "calendar.yaml").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


def _published(project, file: str) -> str | None:
    sources = yaml.safe_load((project / "content" / "sources.yaml").read_text(encoding="utf-8"))
    return next(source["published"] for source in sources if source["file"] == file)


def test_a_language_added_to_the_calendar_dates_its_pages(project):
    """Dutch is not in the shipped calendar; a block of its words is all a page in Dutch needs."""
    (project / "seeds").joinpath("nl.txt").write_text(
        "Kabinet wil snel nieuwe gesprekken over een bestand\n"
        "Gepubliceerd op 20 mei 2025 om 09:40\n"
        "De minister zei dat de regering nieuwe gesprekken wil.\n", encoding="utf-8")
    calendar = project / "site_config" / "calendar.yaml"
    assert run_cli(project, "extract", "--quiet").returncode == 0
    assert _published(project, "seeds/nl.txt") is None
    calendar.write_text(calendar.read_text(encoding="utf-8") + (
        "  nl:\n"
        "    months: [januari, februari, maart, april, mei, juni, juli, augustus, september, oktober,\n"
        "             november, december]\n"
        "    weekdays: [maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag, zondag]\n"
        "    stamp_words: [gepubliceerd, gepubliceerd op, om]\n"), encoding="utf-8")
    assert run_cli(project, "extract", "--quiet").returncode == 0
    assert _published(project, "seeds/nl.txt") == "2025-05-20"


def test_a_spelling_of_two_months_is_reported_where_it_is(project):
    _edit_calendar(project, "[October, Oct]", "[October, Oct, Mar]")
    with pytest.raises(BriefingError) as err:
        load_config(project)
    (found,) = err.value.problems
    assert found.file == "site_config/calendar.yaml"
    assert found.line == _line_of(project, "[October, Oct, Mar]")
    assert "'Mar' stands for two months" in found.message


def test_a_month_list_of_the_wrong_length_stops_every_command(project):
    _edit_calendar(project, "months: [Januar, Februar, ", "months: [Februar, ")
    result = run_cli(project, "extract")
    assert result.returncode == 1
    assert f"site_config/calendar.yaml:{_line_of(project, 'months: [Februar, ')}:" in result.stderr
    assert "'months' of 'de' must list 12 entries" in result.stderr
    assert "Traceback" not in result.stderr
    assert not any((project / "content").iterdir()), "nothing written"


def test_a_missing_calendar_is_named(project):
    (project / "site_config" / "calendar.yaml").unlink()
    with pytest.raises(BriefingError, match="site_config/calendar.yaml: file is missing"):
        load_config(project)
