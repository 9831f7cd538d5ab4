"""Organisations in real archive passages: whole-pipeline checks of registry and discovery rules."""

from __future__ import annotations

import pytest

from extractors.organisations import names_the_place
from extractors.pipeline import doc_text, read
from extractors.release import parse_release


def orgs(body: str, day: str = "วันเสาร์ที่ 11 พฤศจิกายน 2566"):
    release = parse_release(f"ข่าว\n{day}\nข่าว\n{body}\n", "snippet.txt")
    return read(release, doc_text(release)).organisations


@pytest.mark.parametrize("text, name, is_region", [
    # ทำเนียบรัฐบาล 2023-11-11 (news 74580): the ASEAN market (``ตลาดอาเซียน``, 107 archive files)
    ("โดย Kaneka เล็งเห็นถึงศักยภาพของตลาดอาเซียนที่มีการเติบโตอย่างรวดเร็ว", "อาเซียน", True),
    ("ผลักดันผู้ประกอบการไทยเจาะตลาด ASEAN ได้", "ASEAN", True),
    # the association
    ("การประชุมรัฐมนตรีดิจิทัลอาเซียน ครั้งที่ 3", "อาเซียน", False),
    ("ร่วมกับประเทศสมาชิกอาเซียนเพื่อพัฒนา", "อาเซียน", False),
])
def test_asean_or_its_market(text, name, is_region):
    start = text.index(name)
    assert names_the_place(text, start, start + len(name)) is is_region


def test_the_asean_market_names_no_asean():
    # news 74580: the release names ASEAN only as a market
    body = "ปัจจุบัน Kaneka มีสำนักงานตั้งอยู่ใน 3 เมืองหลักของญี่ปุ่น โดย Kaneka เล็งเห็นถึงศักยภาพของตลาดอาเซียนที่มีการเติบโตอย่างรวดเร็ว"
    assert "asean" not in {o.key for o in orgs(body)}
    assert "asean" in {o.key for o in orgs("ไทยพร้อมผลักดันความร่วมมือด้านดิจิทัลในกรอบอาเซียน ต่อไป")}
