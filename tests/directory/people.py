"""A fixed test directory: homonyms, homophones, English names, departed and odd cases."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.directory.models import DirectoryMember

SHANGHAI = ZoneInfo("Asia/Shanghai")
LEFT_NOV_20 = datetime(2024, 11, 20, 18, 30, tzinfo=SHANGHAI).timestamp()
NOW = datetime(2024, 11, 25, 14, 2, tzinfo=SHANGHAI).timestamp()

SALES = {"departments": [2], "main_department": 2, "department_names": ["销售一部"],
         "department_names_en": ["Sales 1"]}
TECH = {"departments": [3], "main_department": 3, "department_names": ["技术部"],
        "department_names_en": ["Engineering"]}
SUPPORT = {"departments": [4], "main_department": 4, "department_names": ["客服部"],
           "department_names_en": ["Support"]}
HR = {"departments": [5], "main_department": 5, "department_names": ["人力资源部"],
      "department_names_en": [None]}


def member(userid: str, name: str = "", **fields: object) -> DirectoryMember:
    return DirectoryMember.model_validate({"userid": userid, "name": name, **fields})


def people() -> list[DirectoryMember]:
    return [
        member("zhangwei", "张伟", status="departed", departed_at=LEFT_NOV_20, unassigned_customers=250,
               direct_leaders=["liuqiang"], **SALES),
        member("zhangwei2", "张伟", customer_contact=True, **TECH),
        member("zhangwei3", "章伟", customer_contact=True, **SUPPORT),
        member("lina", "李娜", english_name="Lina Li", customer_contact=True, **SALES),
        member("lilei", "李雷", customer_contact=True, **SUPPORT),
        member("liuqiang", "刘强", alias="Leo", customer_contact=True, **SALES),
        member("sunhong", "孙红", **SALES),
        member("wangfang", "王芳", **HR),
        member("wangxiaoming", "王小明", alias="小王", **TECH),
        member("chenjing", "陈静", customer_contact=True, **SALES),
        member("zhoujie", "周杰", customer_contact=True, **SALES),
        member("zengxiaofan", "曾小凡", **TECH),
        member("ouyangnana", "欧阳娜娜", **SUPPORT),
        member("lvbu", "吕布", **TECH),
        member("dlrb", "迪丽热巴·迪力木拉提", **SUPPORT),
        member("jsmith", "John Smith", **TECH),
        member("hejing", "何静", status="departed", departed_at=LEFT_NOV_20, unassigned_customers=0, **SALES),
        member("zhaomin", "赵敏", status="disabled", **SUPPORT),
        member("tangyue", "唐悦", status="inactive", **HR),
        member("songjiang", "宋江", out_of_visibility_since=NOW, **SALES),
        member("qianli", "钱力", customer_contact=False, **SALES),
        member("wx_ghost01", status="departed", departed_at=LEFT_NOV_20, known_only_by_id=True,
               unassigned_customers=3),
    ]
