import json

import jsonschema
import yaml

from generator.schema import render_schemas
from tests.conftest import ROOT


def test_committed_schemas_match_the_model():
    for file, text in render_schemas().items():
        committed = (ROOT / "site_config" / "schema" / file).read_text()
        assert committed == text, f"run `python -m generator.schema` to refresh {file}"


def test_extracted_content_validates_against_schemas(extracted_project):
    for file, text in render_schemas().items():
        name = file.split(".")[0]
        data = yaml.safe_load((extracted_project / "content" / f"{name}.yaml").read_text())
        jsonschema.validate(data, json.loads(text))
