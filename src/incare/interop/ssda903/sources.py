"""Open an extract from wherever the council gave it: a folder of CSV files, or the XML return."""

from __future__ import annotations

from pathlib import Path

from incare.interop.ssda903.csv_reader import read_csv_folder
from incare.interop.ssda903.extract import Extract, ExtractError
from incare.interop.ssda903.xml_reader import read_xml
from incare.interop.ssda903.years import CollectionYear


def _files(folder: Path, suffix: str) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == suffix)


def read_source(path: Path, year: CollectionYear, la: str | None = None) -> Extract:
    """Read `path`: an `.xml` file, a folder of CSV tables, or a folder holding one `.xml` only.

    A folder with both CSV and XML files is refused rather than guessed at.
    """
    if path.is_file():
        if path.suffix.lower() == ".xml":
            return read_xml(path, year, la)
        if path.suffix.lower() == ".csv":
            raise ExtractError(
                f"{path.name}: give the folder that holds the extract's CSV files, not one file"
            )
        raise ExtractError(f"{path.name}: not an SSDA903 extract: give an .xml file or a folder")
    if not path.is_dir():
        raise ExtractError(f"{path}: no such file or folder")
    try:
        csvs, xmls = _files(path, ".csv"), _files(path, ".xml")
    except OSError as error:
        raise ExtractError(f"{path}: cannot be read: {error.strerror}") from error
    if csvs and xmls:
        raise ExtractError(
            f"{path}: holds both CSV files and XML ({', '.join(p.name for p in xmls)}): "
            "give the XML file itself, or a folder of CSV files only"
        )
    if len(xmls) > 1:
        raise ExtractError(
            f"{path}: holds {len(xmls)} XML files ({', '.join(p.name for p in xmls)}): "
            "give the one to read"
        )
    if xmls:
        return read_xml(xmls[0], year, la)
    if not csvs:
        raise ExtractError(f"{path}: no CSV or XML files")
    return read_csv_folder(path, year, la)
