"""Build dev3_directory.json (dev4_directory.json): a WeCom user/list-shaped member list for the
people named in dev3.jsonl (dev4.jsonl) and nothing else, with a few look-alike distractors.

Reads only that set. Needs pypinyin (dev-only) and opencc. Deterministic. Run:
    python3 tests/language/data/make_dev3_directory.py [dev3|dev4]
"""

import json
import re
import sys
from pathlib import Path

import opencc
from pypinyin import lazy_pinyin

HERE = Path(__file__).parent
STEM = sys.argv[1] if len(sys.argv) > 1 else "dev3"
# English names written in dev3 -> the member's Chinese name (WeCom keeps both)
ENGLISH = {
    "Kevin Liu": "刘凯文", "Amy Zhang": "张爱美", "Tom Chen": "陈涛", "Grace Wu": "吴格蕾",
    "David Lin": "林大卫", "Sarah Huang": "黄莎拉", "Peter Xu": "徐彼得", "Jenny Zhou": "周珍妮",
    "Lucy Wang": "王露西", "Mike Sun": "孙迈克", "Emma Li": "李艾玛", "Jack Ma": "马杰克",
    "Bob Zhao": "赵博", "Zhang Wei": "张伟", "Li Na": "李娜",
    # dev4
    "Oliver Zhang": "张奥利", "Sophie Tang": "唐索菲", "Leo Wang": "王里奥", "Nina Zhao": "赵妮娜",
    "Ryan Lee": "李瑞安", "Chloe Chen": "陈可儿", "Mia Liu": "刘米娅",
    "Su Mingzhe": "苏明哲", "Li Xiaoguang": "黎晓光", "meng fan": "孟凡", "gu yifan": "顾一帆",
    # dev5
    "Daniel Wu": "吴丹尼", "Emily Guo": "郭艾米", "Frank Deng": "邓弗兰", "Hannah Shi": "石汉娜", "Ivan Ma": "马伊凡",
    "Julia Lu": "陆朱莉", "Kate Sun": "孙凯特", "Wei Lai": "魏来", "Liu Qingqing": "柳青青",
    # dev6: romanised Chinese names
    "Qian Xiaodong": "钱晓东", "Sun Jiayi": "孙佳怡", "Zhou Ning": "周宁", "Wu Di": "吴迪", "Zheng Kai": "郑凯",
    "Feng Yu": "冯雨", "Chu Yang": "褚阳", "Wei Ran": "魏然", "Jiang Tao": "江涛", "Shen Li": "沈丽", "Han Mei": "韩梅",
    "Yang Guang": "杨光", "Zhu Lin": "朱琳", "He Xin": "何欣", "Lu Yao": "陆瑶", "Qin Feng": "秦峰",
    # dev7
    "Bella Xu": "徐贝拉", "Carl Yu": "余卡尔", "Derek Ma": "马德瑞", "Eva Gao": "高伊娃", "Fiona He": "何菲奥",
    "George Qi": "齐乔治", "hu yang": "胡杨", "bei bei": "贝贝",
    # dev8
    "Ken Lau": "刘健", "Joyce Ng": "吴卓思", "Ivy Chan": "陈艾薇", "Yuan Li": "袁立", "Qi Weiwei": "戚薇薇",
    # dev9
    "Nora Bai": "白诺拉", "Owen Cai": "蔡欧文", "Paul Dai": "戴保罗", "Queenie Fu": "符昆妮", "Ray Gu": "顾锐",
    "Sandy Hou": "侯珊迪", "bai nora": "白诺拉", "cai owen": "蔡欧文",
    # dev10
    "Amy Lin": "林艾米", "Ben Ho": "何本",
    # dev11
    "Tang Wen": "唐文", "Xu Yue": "徐悦", "Mr. Tang": "唐文", "Ms. Xu": "徐悦",
    # dev12
    "wang yang": "汪洋", "wei dong": "韦东", "Wang Yang": "汪洋", "Wei Dong": "韦东", "WangYang": "汪洋",
    "WeiDong": "韦东",
    # dev13
    "Yan Feng": "闫峰", "Luo Jia": "骆佳",
    # dev14
    "Jin Xin": "金鑫", "Zhuo Yue": "卓越",
    # dev15
    "Hong Liang": "洪亮", "Zhai Jing": "翟静",
    # dev16
    "Leo Zhang": "张立奥", "Mia Chen": "陈米娅",
    # dev17
    "Zou Xiaowen": "邹晓雯", "Mai Zijian": "麦子健",
    # dev18 (first names only: members whose English name is just that)
    "Kevin": "郑凯文", "Amy": "何艾美", "Jack": "林杰克", "Rose": "黄柔丝", "Liu Bei": "刘备", "Cao Cao": "曹操",
    "cao cao": "曹操", "sun quan": "孙权", "Sun Quan": "孙权",
    # dev19
    "Su Wenbo": "苏文博", "Qin Ya": "秦雅",
    # dev21
    "Olivia Ren": "任奥莉", "Victor Pan": "潘维克",
    # dev24
    "Peng Hao": "彭浩", "Jiang Xue": "姜雪", "Sun Lei": "孙磊",
    # dev25
    "Jian Ning": "简宁", "Qu Hao": "屈浩",
    # dev27
    "Ye Chen": "叶晨", "Deng Jia": "邓佳",
    # dev28: English names that are words
    "Will Sun": "孙威尔", "May Lin": "林梅", "Grace Hu": "胡格蕾丝", "Mark Lu": "陆马克", "Bill Ge": "葛比尔",
    "June Ma": "马珠恩", "Summer Xu": "徐萨默", "Rose Qi": "齐柔丝", "Will": "孙威尔", "May": "林梅",
    "Grace": "胡格蕾丝", "Mark": "陆马克",
    # dev30
    "Ruby Kong": "江露比", "Sean Yip": "叶肖恩",
    # dev31
    "Kang Ning": "康宁", "Dai Xin": "戴欣",
    # dev32
    "Lu Sen": "卢森", "Fan Qi": "范琪",
    # dev33
    "Gu Lan": "顾兰", "Xie Ming": "谢明",
    # dev34
    "Xiao Ran": "萧然", "Leo": "雷欧",
    # dev35
    "Nina Qiu": "邱妮娜", "Owen Lam": "林欧文",
    # dev37
    "Du Xiaofeng": "杜晓峰", "Fang Lin": "方琳", "lv jianguo": "吕建国", "jiang wenjing": "蒋文静",
    "Tan Yonghui": "谭永辉", "Cheng Zihan": "程子涵", "Ouyang Xiaoqing": "欧阳晓晴", "Situ Jiawen": "司徒嘉文",
    "Jason Tan": "陈杰森", "Michelle Ho": "何美雪", "Brian Kwok": "郭柏安", "Cindy Yeung": "杨欣迪",
    "Ethan Zhou": "周伊森", "Lily Fang": "房莉莉", "Marcus Wee": "黄马可", "Tina Cheng": "郑蒂娜",
    "Steven Lo": "卢史蒂", "steven lo": "卢史蒂", "tina cheng": "郑蒂娜", "Priya Nair": "奈普丽",
    "Kenneth Ong": "王肯尼",
    # dev38
    "Rachel Kim": "金瑞秋", "rachel kim": "金瑞秋", "Greg Holloway": "何格雷", "greg holloway": "何格雷",
    "Nadia Petrova": "裴娜迪", "nadia petrova": "裴娜迪", "Sam Okafor": "奥山姆", "sam okafor": "奥山姆",
    "Laura Mendes": "孟劳拉", "laura mendes": "孟劳拉", "Josh Patel": "帕乔什", "josh patel": "帕乔什",
    "Olivia Grant": "葛奥莉", "olivia grant": "葛奥莉", "Victor Huang": "黄维克", "victor huang": "黄维克",
    "Derrick Lam": "林德瑞", "derrick lam": "林德瑞", "Kelvin Chow": "周家文", "Winnie Leung": "梁慧妮",
    "Wei Lixin": "韦立新", "Qiu Zihao": "邱子豪", "Tang Jiaqi": "汤佳琪", "Miao Yuxin": "苗雨欣",
    "He Jianjun": "贺建军", "Ge Xiaoyan": "葛晓燕", "Yan Dongmei": "闫冬梅", "Zheng Haitao": "郑海涛",
    "zheng haitao": "郑海涛", "miao yuxin": "苗雨欣", "Shi Lei": "石磊", "Yue Tingting": "岳婷婷",
    "Ran Xiaosong": "冉小松", "Gong Zhenhua": "龚振华", "Jiao Li": "焦莉",
    # dev39
    "Jimmy Sun": "孙建平", "Jimmy": "孙建平", "Vivian Zhou": "周丽华", "Vivian": "周丽华",
    "Eric Tang": "唐浩然", "Eric": "唐浩然", "Jacky Peng": "彭俊峰", "Jacky": "彭俊峰",
    "Lulu Cao": "曹丽娟", "Lulu": "曹丽娟", "zhao mingyuan": "赵明远", "Zhao Mingyuan": "赵明远",
    "liao xuemei": "廖雪梅", "Shao Jie": "邵杰",
    "Hannah Brooks": "布汉娜", "Caleb Morgan": "摩凯乐", "Sofia Romero": "罗索菲", "Ian Whitaker": "魏伊恩",
    "Natalie Sung": "宋娜塔", "Claire Dubois": "杜克莱", "Darren Goh": "吴达伦", "Jasmine Lim": "林洁敏",
    "Kumar Rajan": "库马尔", "Siti Aminah": "西蒂娜", "Benjamin Teo": "张本杰", "Shirley Koh": "许雪莉",
    "Alvin Ng": "黄文亮", "Hazel Chua": "蔡海珍", "Nicholas Yap": "叶立强",
    # dev40
    "Madison Clarke": "克麦迪", "Anjali Rao": "饶安佳", "Ethan Walsh": "沃伊森", "Olivia Bennett": "贝奥莉",
    "Nigel Hartley": "哈奈杰", "Harriet Lowe": "罗哈蕊", "Josh Kaplan": "卡乔希",
    "Becca Stone": "石贝卡", "Becca": "石贝卡",
    "Marcus Reid": "瑞马可", "Tyler Grant": "葛泰勒", "Rupert Ashworth": "艾鲁珀", "Fiona Pembroke": "彭菲安",
    "Jiang Yuxuan": "姜雨萱", "Fan Siqi": "范思琪", "kong deming": "孔德明", "jiang qiuju": "蒋秋菊",
    "Lu Zhicheng": "卢志诚", "Dai Wanqing": "戴婉清",
    # dev41
    "Rajesh Iyer": "艾拉杰", "Priyanka Sharma": "夏普丽", "Venkat Subramanian": "苏文凯", "Deepa Menon": "孟迪帕",
    "Arjun Mehta": "梅阿俊", "Maricel Santos": "桑玛丽", "Rowena Dizon": "狄萝薇", "Jerome Villanueva": "维杰罗",
    "Park Jiyeon": "朴智妍", "Kim Minsoo": "金敏洙", "Tanaka Yuki": "田中由纪", "Tanaka-san": "田中由纪",
    "Suzuki Kenta": "铃木健太", "Suzuki-san": "铃木健太", "Shane Fletcher": "费肖恩", "Kylie Burns": "伯凯莉",
    "Mick O'Brien": "欧米克", "Gongye Mingxuan": "公冶明轩", "Xianyu Hui": "鲜于慧", "lvqiu chenxi": "闾丘晨曦",
    "ji jianguo": "暨建国", "Hao Yunfei": "郝云飞", "Tong Xin": "童心",
    # dev42
    "Desmond Lim": "林德明", "Desmond": "林德明", "Goh Hui Ling": "吴慧玲", "Hui Ling": "吴慧玲",
    "Ravi Chandran": "陈拉维", "Ravi": "陈拉维", "Wong Kah Hou": "黄家豪", "Kah Hou": "黄家豪",
    "Nurul Aisyah": "努丽娅", "Nurul": "努丽娅", "Benedict Chia": "谢本德", "Pei Shan": "陈佩珊",
    "Jolene Teo": "张珠琳", "Jolene": "张珠琳",
    "Kayla Price": "蒲凯拉", "kayla": "蒲凯拉", "Kayla": "蒲凯拉", "Jordan Ellis": "艾乔丹", "jordan": "艾乔丹",
    "Jordan": "艾乔丹", "Tristan Cole": "柯崔斯", "tristan": "柯崔斯", "Tristan": "柯崔斯",
    "Zoe Park": "朴柔伊", "zoe": "朴柔伊", "Zoe": "朴柔伊", "Brianna Kerr": "柯布丽", "brianna kerr": "柯布丽",
    "Devon Hale": "海德文", "devon hale": "海德文", "Skyler Quinn": "奎斯凯", "skyler": "奎斯凯",
    "Skyler": "奎斯凯", "Mason Reyes": "雷梅森", "mason": "雷梅森", "Mason": "雷梅森",
    "Nathan Pierce": "皮内森", "Rebecca Shaw": "邵瑞贝", "Connor Blake": "布康纳", "Lauren Fitch": "费劳伦",
    "Marisol Vega": "维玛丽", "Aaron Stein": "石亚伦", "Brandon Cho": "曹布兰", "Ingrid Larsen": "拉英格",
    "Chinedu Okonkwo": "奥奇内", "Funmilayo Adeyemi": "阿芬米", "Funmi": "阿芬米", "Emeka Obi": "奥埃梅",
    "Emeka": "奥埃梅", "Thabo Nkosi": "恩塔博", "Thabo": "恩塔博", "Lerato Mokoena": "莫勒拉", "Lerato": "莫勒拉",
    "Pieter van der Merwe": "范彼得", "Pieter": "范彼得", "Callum Fraser": "傅卡勒", "Callum": "傅卡勒",
    "Eilidh Ross": "罗艾丽", "Eilidh": "罗艾丽", "Siobhan Kelly": "凯希文", "Siobhan": "凯希文",
    "Niamh Byrne": "伯妮芙", "Niamh": "伯妮芙", "Ciarán Doyle": "多基兰",
    "Jonas Becker": "贝约纳", "Katrin Vogel": "福卡琳", "Mrs. Vogel": "福卡琳", "Lukas Hoffmann": "霍卢卡",
    "Mr. Hoffmann": "霍卢卡", "Julien Moreau": "莫朱利", "Amélie Laurent": "罗艾米", "Amélie": "罗艾米",
    "Camille Roux": "鲁卡米", "Camille": "鲁卡米", "Diego Ramírez": "拉迭戈", "Lucía Herrera": "埃露西",
    "Lucía": "埃露西", "Javier Ortega": "奥哈维", "Javier": "奥哈维", "Dmitry Volkov": "沃德米",
    "Anna Sokolova": "索安娜", "Anna": "索安娜", "Sergei Morozov": "莫谢尔", "Sergei": "莫谢尔",
    "Qiao Anran": "乔安然", "Ms. Qiao": "乔安然", "Tian Shouren": "田守仁", "Mr. Tian": "田守仁",
    "Chen Yaqin": "陈雅琴", "Ms. Chen": "陈雅琴", "Xing Meiling": "邢美玲", "Li Haoran": "李浩然",
    "Tomás Silva": "席托马", "Tomás": "席托马", "Bianca Ferreira": "费比安", "Bianca": "费比安",
    "Priscilla Wong": "黄普丽", "Omar Haddad": "哈奥马", "Wen Xiaoyu": "温晓雨", "WEN Xiaoyu": "温晓雨",
    "Zhuang Kaiqi": "庄凯琪", "zhuang kaiqi": "庄凯琪",
    # dev43
    "Nguyen Van Minh": "阮文明", "anh Minh": "阮文明", "Minh": "阮文明", "Tran Thi Lan": "陈氏兰",
    "chị Lan": "陈氏兰", "Lan": "陈氏兰", "Pham Quoc Bao": "范国宝", "anh Bao": "范国宝", "Bao": "范国宝",
    "Le Thu Ha": "黎秋霞", "le thu ha": "黎秋霞", "Nguyen Hoang Long": "阮黄龙", "nguyen hoang long": "阮黄龙",
    "Vo Thanh Tung": "武清松",
    "Somchai Wongsakul": "王颂猜", "Khun Somchai": "王颂猜", "Somchai": "王颂猜", "Nattaya Srisuk": "林娜塔",
    "Khun Nok": "林娜塔", "Nok": "林娜塔", "Prasert Chaiyaporn": "蔡巴瑟", "P'Prasert": "蔡巴瑟",
    "Prasert": "蔡巴瑟", "Wanchai Boonmee": "文万猜", "Khun Wanchai": "文万猜", "Wanchai": "文万猜",
    "Budi Santoso": "林布迪", "Pak Budi": "林布迪", "Budi": "林布迪", "Sari Wulandari": "黄莎丽",
    "Bu Sari": "黄莎丽", "Sari": "黄莎丽", "Agus Prasetyo": "陈阿古", "Mas Agus": "陈阿古", "Agus": "陈阿古",
    "Dewi Anggraini": "张黛薇", "Hendra Gunawan": "韩德拉", "Pak Hendra": "韩德拉", "Hendra": "韩德拉",
    "Khalid Mansour": "曼哈立", "Mr. Khalid": "曼哈立", "Khalid": "曼哈立",  # Omar Haddad: as in dev42
    "Mr. Omar": "哈奥马", "Omar": "哈奥马", "Ahmed Al-Farsi": "法艾哈", "Layla Nasser": "纳莱拉",
    "Youssef Karim": "卡优素", "Nadia Saleh": "萨娜迪",
    "Wade Colton": "柯韦德", "Wade": "柯韦德", "Darlene Pruitt": "普达琳", "Darlene": "普达琳",
    "Earl Boudreaux": "布厄尔", "Travis Boone": "布特拉", "Billy Ray Sutton": "萨比利",
    "Gord Mackenzie": "麦戈德", "Gord": "麦戈德", "Chantal Tremblay": "唐尚塔", "Brody Sinclair": "辛布罗",
    "Brody": "辛布罗", "Shawna Pelletier": "裴肖娜", "Mathieu Gagnon": "加马修",
    "Hamish Bell": "贝哈米", "Hamish": "贝哈米", "Aroha Ngata": "阿萝哈", "Aroha": "阿萝哈",
    "Tane Parata": "帕塔内", "Tane": "帕塔内", "Kiri Walker": "沃基莉", "Mereana Tipene": "蒂梅瑞",
    "Mereana": "蒂梅瑞",
    "Dana Whitfield": "韦戴娜", "Marco Bellini": "贝马可", "Marco": "贝马可", "Keisha Warren": "沃凯莎",
    "Keisha": "沃凯莎", "Trevor Lindqvist": "林特雷", "Ingrid Solberg": "索英格", "Ingrid": "索英格",
    "Joaquin Reyes": "雷华金", "Lacey Dupree": "杜蕾西", "Rafael Ortiz": "奥拉斐",
    "Vong Ka Fai": "黃家輝", "Leong Chi Hou": "梁志豪", "Ho Pou I": "何寶儀",
    # dev44
    "luo yiming": "罗一鸣", "tang xin": "汤欣", "Gu Changfeng": "顾长风", "Pan Yue": "潘越",
    "jiang wanru": "江婉如", "hou zhiyuan": "侯志远", "bai shuang": "白霜", "Lin Zhe": "林哲",
    "ma yuting": "马雨婷", "ye lanfang": "叶兰芳", "qi shuo": "齐硕", "ren yifei": "任一菲", "he lu": "何璐",
    "shen bo": "沈博", "Fang Yuan": "方媛",
    "Brittany Nolan": "诺布兰", "Brittany": "诺布兰", "Dustin Carver": "卡达斯", "Dustin": "卡达斯",
    "Kyle Hendricks": "韩凯尔", "Kyle": "韩凯尔", "Alyssa Moreno": "莫艾丽", "Alyssa": "莫艾丽",
    "Garrett Lindholm": "林加勒", "Garrett": "林加勒", "Courtney Pham": "范柯妮", "Courtney": "范柯妮",
    "Jared Whitman": "魏杰瑞", "Tanner Boyd": "博坦纳", "Megan Shaw": "邵梅根",
    "Harold Pennington": "彭哈罗", "Mr. Pennington": "彭哈罗", "Eleanor Whitcombe": "韦埃莉",
    "Ms. Whitcombe": "韦埃莉", "Douglas Ashford": "艾道格", "Margaret Ellery": "埃玛格", "Ms. Ellery": "埃玛格",
    "Faisal Qureshi": "桂费萨", "Faisal sahab": "桂费萨", "Ayesha Siddiqui": "西艾莎", "Ayesha": "西艾莎",
    "Usman Tariq": "塔乌斯", "Usman": "塔乌斯", "Usman bhai": "塔乌斯", "Sana Malik": "马萨娜",
    "Tanvir Hossain": "侯坦维", "Nusrat Jahan": "贾努丝", "Nusrat apu": "贾努丝", "Rafiqul Islam": "伊拉菲",
    "Rafiq bhai": "伊拉菲", "Farhana Akter": "阿法哈", "Farhana apu": "阿法哈",
    "Wanjiru Kamau": "卡婉吉", "Wanjiru": "卡婉吉", "Otieno Ochieng": "奥蒂诺", "Otieno": "奥蒂诺",
    "Njeri Mwangi": "姆恩杰", "Kiprop Cheruiyot": "切基普", "Achieng Odhiambo": "奥阿琴",
    "Kwame Asante": "阿夸米", "Kwame": "阿夸米", "Akosua Mensah": "门阿索", "Akosua": "门阿索",
    "Kofi Boateng": "博科菲", "Ama Owusu": "欧阿玛", "Yaw Darko": "达亚乌", "Yaw": "达亚乌",
    "Fernanda Costa": "科费南", "Thiago Souza": "苏蒂亚", "Thiago": "苏蒂亚", "João Pedro Almeida": "阿若昂",
    "João Pedro": "阿若昂", "Larissa Ribeiro": "里拉丽", "Larissa": "里拉丽",
    "Paweł Kowalski": "柯帕维", "Paweł": "柯帕维", "Katarzyna Nowak": "诺卡霞", "Kasia": "诺卡霞",
    "Tomasz Zieliński": "齐托马", "Tomasz": "齐托马", "Agnieszka Wiśniewska": "魏阿格", "Aga": "魏阿格",
    # dev45
    "Raymond Yiu": "姚文亮", "Raymond": "姚文亮", "Kelvin Tsang": "曾家俊", "Maggie Leung": "梁美琪",
    "Gigi Lam": "林芷晴", "Gigi": "林芷晴", "Samuel Fung": "冯少文", "Bonnie Chan": "陈宝妮",
    "Sunny Zhou": "周晓阳", "Cherry Liu": "刘樱", "Cherry": "刘樱", "Andy Xiong": "熊安迪", "Coco Feng": "冯可可",
    "Tony Bai": "白东", "Wendy Gao": "高文迪", "Vicky Tang": "唐薇琪",
    "Sato Takeshi": "佐藤武", "Mr. Sato": "佐藤武", "Kobayashi Mai": "小林舞", "Ms. Kobayashi": "小林舞",
    "Kobayashi-san": "小林舞", "Watanabe Haruka": "渡边遥", "Watanabe-san": "渡边遥",
    "Yamamoto Ken": "山本健", "Yamamoto-san": "山本健", "Ito Ayumi": "伊藤步", "Ito-san": "伊藤步",
    "Jürgen Schulz": "舒于根", "Mr. Schulz": "舒于根", "Petra Wagner": "瓦佩特", "Ms. Wagner": "瓦佩特",
    "Stefan Krüger": "克斯特", "Anke Brandt": "布安可", "Matthias Wolf": "沃马蒂",
    "Rodrigo Pérez": "裴罗德", "Rodrigo": "裴罗德", "Valentina Gómez": "高瓦伦", "Valentina": "高瓦伦",
    "Camila Rojas": "罗卡米拉", "Santiago Morales": "莫圣地", "Mariana López": "洛玛丽",
    # dev46
    "Jason Zhou": "周杰森", "Jason": "周杰森", "Cindy Luo": "罗欣迪", "Cindy": "罗欣迪",
    "Vincent Ou": "欧文森", "Vincent": "欧文森", "Elaine Xu": "徐依琳", "Elaine": "徐依琳",
    "qiao ruixue": "乔瑞雪", "Dou Kaiwen": "窦凯文",
    "Andrés Castillo": "卡安德", "Sebastián Ruiz": "鲁塞巴",
    "Heather Collins": "柯海瑟", "Patrick Dunne": "邓帕特", "Megan Holt": "霍梅根", "Megan": "霍梅根",
    "Dylan Ferris": "费迪伦", "Dylan": "费迪伦", "Russell Keane": "基拉塞", "Imogen Tate": "泰伊莫",
    "Tobias Reed": "里托拜", "Marnie Quill": "奎玛尼", "Nadine Voss": "沃娜丁", "Trent Barlow": "巴特伦",
    "Ollie Hart": "哈奥利", "Ollie": "哈奥利", "Ruth Abara": "阿露丝", "Ruth": "阿露丝",
    "Bryce Holden": "霍布莱", "Bryce": "霍布莱", "Faye Lin": "林菲", "Gavin Shore": "肖加文",
    "Rhys Morgan": "摩里斯", "Callie Burke": "伯凯丽", "Hana Brisco": "布哈娜", "Oscar Duarte": "杜奥斯",
    "Lorna Baird": "贝萝娜",
    # dev_roles
    "Bao Kai": "包凯", "Wen Jing": "闻静", "Shang Yuqing": "尚雨晴", "Pu Xiaodan": "蒲晓丹", "Mao Yiming": "茅一鸣",
    "Tina Mao": "茅蒂娜", "Victor Sha": "沙维克",
    # dev47
    "Priya Raghunathan": "饶普丽", "Deepak Menon": "梅迪帕", "Kavya Iyer": "艾卡维", "Kavya": "艾卡维",
    "Sunil Bhatt": "巴苏尼", "Sunil": "巴苏尼", "Marcus Feld": "费马库", "Hope Alvarado": "阿霍普",
    "Yevgeny Morozov": "莫叶夫", "Olga Sergeyevna Petrova": "彼奥尔", "Dmitri Alexandrovich Volkov": "沃季米",
    "Dmitri Alexandrovich": "沃季米", "Ilya Smirnov": "斯伊利", "Ilya": "斯伊利", "Rahul Saxena": "萨拉胡",
    "Rahul": "萨拉胡", "Nadia Aziz": "阿纳迪", "Dr. Aziz": "阿纳迪", "Zsófia Varga": "瓦索菲",
    "Dr. Varga": "瓦索菲", "Carmen Villanueva": "维卡门", "Bruno Tavares": "塔布鲁", "Fernando Reis": "雷南多",
    "Nando": "雷南多", "Trish O'Malley": "马翠希", "Gonçalo Matos": "马贡萨", "Gonçalo": "马贡萨",
    "Beatriz Nogueira": "诺贝娅", "Beatriz": "诺贝娅", "Nate Oduya": "奥内特", "Sophie-Anne Mercer": "梅索安",
    "Gary Pemberton": "彭加里", "Gary": "彭加里", "Lynette Hargreaves": "哈丽奈", "Lynette": "哈丽奈",
    "Tariq Hussain": "侯塔里", "Sterling Webb": "韦斯特", "Joy Nakashima": "中岛悦", "Joy": "中岛悦",
    "Natalie Cho": "曹娜莉", "Hunter Blake": "布亨特", "Devika Rao": "劳黛维", "Chase Porter": "波蔡斯",
    "Chase": "波蔡斯", "Renata Solís": "索蕾娜", "Renata": "索蕾娜", "Genevieve Laurent": "洛珍妮",
    "Genevieve": "洛珍妮", "Stefano Ricci": "里斯凡", "Kim Min-seo": "金旼序", "Lee Seo-yeon": "李瑞妍",
    "Seo-yeon": "李瑞妍", "Choi Dong-wook": "崔东旭", "Dong-wook": "崔东旭", "Park Ji-hoon": "朴智勋",
    "Mateo Rinaldi": "里马特", "Freya Lindqvist": "林芙蕾", "Freya": "林芙蕾", "Sven Oksanen": "奥斯文",
    "Jonah Abernathy": "艾乔纳", "J. Abernathy": "艾乔纳", "Remi Balogun": "巴雷米", "R. Balogun": "巴雷米",
    "Delphine Marchal": "马黛芬", "Delphine": "马黛芬", "Ann-Marie Fraser": "傅安玛", "Ann-Marie": "傅安玛",
    "Ines Carvalho": "卡伊内", "Ines": "卡伊内", "Anastasia Kuznetsova": "库娜丝", "A. Kuznetsova": "库娜丝",
    "Viktor Sokolov": "索维克", "V. Sokolov": "索维克", "Chidi Okoro": "奥奇迪", "Lucie Baptiste": "巴露西",
    "Faith Adeyemi": "阿菲丝", "Faith": "阿菲丝", "Autumn Reyes": "雷欧婷", "Autumn": "雷欧婷",
    "Arjun Khanna": "坎阿琼", "AK": "坎阿琼", "Richard Hollis": "霍理查", "Rich": "霍理查", "Li Jiaqi": "李嘉琪",
    "Xu Mengyao": "徐梦瑶", "Vincent Luo": "罗文森", "Irene Tao": "陶艾琳", "Echo Wang": "王依可",
    "Jasper Qian": "钱嘉培", "Winnie Shao": "邵文妮", "Ethan Zhu": "朱以森", "Abdullah bin Rashid": "拉阿卜",
    "Layla Al-Mansouri": "曼莱拉", "Yousef al-Harbi": "哈优素", "Noor Haddad": "哈努尔",
    "Harriet Fforde-Wilson": "福哈丽", "James Ashby-Clarke": "阿詹姆", "Michael Brennan": "布迈克",
    "Big Mike": "布迈克", "Natasha Greer": "格娜塔", "Tash": "格娜塔", "María José Fernández-Ortega": "费玛荷",
    "Luis Alberto Cabrera": "卡路易", "Percival Grant": "格珀西", "Percival": "格珀西", "Tamsin Hale": "黑塔敏",
    "Gideon Marsh": "马吉迪", "Priyanka Bose": "鲍普燕", "Clara Nyberg": "倪克拉", "Clara": "倪克拉",
    "Tobenna Eze": "艾托本", "Tobenna": "艾托本", "Aleksei Orlov": "奥阿列", "Aleksei": "奥阿列",
    "Marina Kuzmina": "库玛琳", "Marina": "库玛琳", "Jung Ha-neul": "郑夏娜", "Kim Da-eun": "金多恩",
    "Neha Joshi": "乔妮哈", "Vikram Sethi": "塞维卡", "Vikram": "塞维卡", "Oksana Melnyk": "梅奥克",
    "Oksana": "梅奥克", "Bogdan Kovalenko": "柯博丹", "Bogdan": "柯博丹", "Laura Winters": "温劳拉",
    "Keiko Tanabe": "田边惠子", "Bryony Hext": "赫布蕾", "Bryony": "赫布蕾", "Ramón Ibarra": "伊拉蒙",
    "Ramón": "伊拉蒙", "Ximena Ochoa": "奥希梅", "Ximena": "奥希梅", "Femi Adebayo": "阿费米",
    "Chinwe Nwosu": "努琴薇", "Chinwe": "努琴薇", "Thomas Nakamura-Reyes": "中村多马", "Lola Ferreira": "费罗拉",
    "Lola": "费罗拉", "Gwen Pryce": "普格温", "Dafydd Evans": "埃达菲", "Dafydd": "埃达菲",
    "Delroy Campbell": "坎德罗", "Delroy": "坎德罗", "Shanice Brown": "布沙妮", "Shanice": "布沙妮",
    "Wilhelmina Staats": "施威娜", "Kenta Hayashi": "林健太", "Dwayne Colter": "柯德韦", "Marisa Quon": "关玛莎",
    "Siddharth Kapoor": "卡悉达", "Siddharth": "卡悉达", "Ananya Pillai": "皮阿南", "Hamid Karimi": "卡哈米",
    "Reza Tehrani": "德瑞扎", "Reza": "德瑞扎", "Odile Marchetti": "马奥迪", "Odile": "马奥迪",
    "Kojo Antwi": "安考乔", "Kojo": "安考乔", "Wu Zixuan": "吴子萱", "Hong Yiling": "洪逸玲",
    "Luca Moretti": "莫路加", "Luca": "莫路加", "Aiyana Redcloud": "雷艾雅", "Aiyana": "雷艾雅",
    "Quinn Hadley": "哈奎恩", "Mei Ling Tan": "陈美玲", "Mark-Anthony Reid": "里马安", "Mark-Anthony": "里马安",
    "Sarai Mendes": "门莎莱", "Sarai": "门莎莱", "Jessica Yoon": "尹智友", "Yoon Ji-woo": "尹智友",
    "Brian Hwang": "黄柏然", "Ogawa Hiroshi": "小川宏", "Fujita Aoi": "藤田葵", "Aoi Fujita": "藤田葵",
    "Aoi": "藤田葵", "Srinivasan Venkatesh": "文卡特", "S. Venkatesh": "文卡特", "Lakshmi Narayanan": "纳拉克",
    "Vera Nikolaevna Belova": "别薇拉", "Vera Nikolaevna": "别薇拉", "Pavel Zaitsev": "扎巴威", "Pavel": "扎巴威",
    "João Batista Lima": "利若望", "João Batista": "利若望", "Rafaela Pinto": "平拉菲", "Rafaela": "平拉菲",
    "Dan Sullivan": "苏利文", "Sully": "苏利文", "Meg Harlow": "哈梅格", "Destiny Akande": "阿黛丝",
    "Destiny": "阿黛丝", "Chance Whitley": "惠尚斯", "Chance": "惠尚斯", "Pat Moynihan": "莫派特", "Pat": "莫派特",
    "Zhao Mingyu": "赵明宇", "Shen Ruoxi": "沈若汐", "Colm Fitzgerald": "费科姆", "Priscilla Dunmore": "邓普莉",
    "Yasmin Qureshi": "库雅斯", "Adaeze Okonkwo": "奥阿黛", "Ngozi Obi": "欧恩果", "Ngozi": "欧恩果",
    "Lukas Brenner": "布卢克", "Zainab Chaudhry": "乔扎娜", "Bartholomew Finch": "芬巴托",
    "Omari Wallace": "华奥马", "Ilse van der Berg": "范伊尔", "Morgan Delacroix-Hayes": "德摩根",
    "Tunde Oyelaran": "奥通德", "T. Oyelaran": "奥通德", "Evangeline Moss": "莫伊万", "Oren Shapiro": "夏奥伦",
    "Ruslan Tkachenko": "特鲁斯", "Eduardo Saldanha": "萨爱德", "Caio Ferraz": "费凯奥", "Caio": "费凯奥",
    "Yuki Morita": "森田雪", "Nabil Khalil": "哈纳比", "Huda Darwish": "达胡达", "Leilani Kahale": "卡蕾拉",
    "Keanu Makoa": "马基努", "Keanu": "马基努", "Sadia Islam": "伊萨迪", "Rehan Ali": "阿里汉",
    "Oona Kessler": "凯乌娜", "Felipe Aranda": "阿费利", "Cormac Doyle": "多科马", "Wren Talbot": "陶韧",
    "Wren": "陶韧", "Tyrone Mabaso": "马泰龙", "Nomvula Dlamini": "德农芙", "Nomvula": "德农芙",
    "Cathy Gu": "顾凯茜", "Felix Mao": "毛飞力",
    # dev48
    "Kelly Fang": "方凯莉", "Howard Qiu": "邱浩华", "Iris Meng": "孟艾瑞", "Stella Yuan": "袁诗黛",
    "Jerry Kuang": "邝杰瑞", "Alex Dong": "董立行", "Eason Lai": "赖逸森", "Eason": "赖逸森",
    "Rita Bao": "鲍丽塔", "Simon Guan": "关世民", "Nancy Pei": "裴南希", "Kenny Cheung": "张健仁",
    "Brandon Xie": "谢博伦", "Ada Chu": "褚雅达", "Yvonne Tam": "谭怡芳", "Ashley Ren": "任雅诗",
    "Qu Wanting": "屈婉婷", "Mo Zhiyuan": "莫志远", "Jessie Hou": "侯洁思", "Nick Yan": "颜立可",
    "Tiffany Zeng": "曾蒂芬", "Jade Luo": "罗翠玉", "Mandy Xiong": "熊曼蒂", "Leon Shi": "石立昂",
    "Phoebe Gan": "甘菲比", "Wesley Tang": "唐维斯", "Gloria Wen": "文歌莉", "Bruce Yin": "尹博儒",
    # dev49
    "Brodie Kilmartin": "柯博迪", "Brodie": "柯博迪", "Shaz Pereira": "裴莎姿", "Tegan Burrows": "包蒂根",
    "Lachlan Fairweather": "费拉克", "Jarrod McAllister": "麦嘉罗", "Macca": "麦嘉罗", "Bree Tomlinson": "汤布丽",
    "Dominic Foley": "傅多明", "dom": "傅多明", "Dom": "傅多明", "Susan Kerr": "柯素珊", "sue": "柯素珊",
    "Sue": "柯素珊", "Ma. Cristina Soriano": "索克丽", "Rowena Bautista": "包罗薇", "Jericho Manalastas": "马杰里",
    "Jericho": "马杰里", "Arnel Pangilinan": "潘阿内", "Arnel": "潘阿内", "Joy-Ann Macaraeg": "马乔安",
    "Liezel Ocampo": "欧丽泽", "Alvin Tse": "谢家乐", "Peony Lo": "罗佩仪", "Candy Leung": "梁凯婷",
    "Ricky Mak": "麦国强", "Haziq bin Rahman": "拉哈齐", "Haziq": "拉哈齐", "Nurul Izzati": "努伊莎",
    "Tan Wei Ming": "陈伟明", "Lim Siew Ling": "林秀玲", "Ramesh Subramanian": "苏拉梅", "Lakshmi Nair": "奈拉珂",
    "Sandeep Kulkarni": "库桑迪", "Ankita Deshmukh": "德安琪", "Venkatraman Iyengar": "文凯德",
    "Mr. Venkatraman": "文凯德", "Venkatraman": "文凯德", "Pooja Bhatt": "巴普嘉", "Harpreet Kaur": "考哈普",
    "Gurpreet Sandhu": "桑古普", "Dieter Weiß": "魏迪特", "Anke Vogt": "沃安珂", "Sanne de Vries": "德桑妮",
    "Bram Jansen": "扬布拉", "Mathilde Garnier": "嘉玛蒂", "Mathilde": "嘉玛蒂", "Sébastien Roux": "卢赛邦",
    "Thibault Marchand": "马蒂博", "Océane Lefèvre": "勒奥西", "Takahashi Haruto": "高桥阳斗",
    "Nakamura Aiko": "中村爱子", "Kondo Ren": "近藤莲", "Sato Yui": "佐藤结衣", "Jules Barnett": "巴朱尔",
    "jules": "巴朱尔", "Anjali Krishnan": "克安佳", "anjali k": "克安佳", "Marlon Pierce": "皮马龙",
    "marlon": "皮马龙", "Tasha Okoye": "奥塔莎", "tasha": "奥塔莎", "Zara Hussain": "胡莎拉",
    "Tavita Faleolo": "法塔维", "tavi": "法塔维", "Crispin Ashdown": "艾克里", "Crispin": "艾克里",
    "Henrietta Pembroke": "彭亨丽", "Philippa Clarke-Hughes": "克菲莉", "Alistair Finch": "芬阿里",
    "Constance Whitlock": "魏康丝", "Reginald Achterberg": "阿雷金", "Obinna Nwosu": "恩奥宾",
    "Abena Owusu": "欧阿贝", "Kiera Doolan": "杜琪拉", "Joaquín Herrera": "埃华金", "Gareth Pugh": "蒲加里",
    "Aoife Kearney": "基伊法", "Tobias Brandt": "白托比", "Suzanne Price": "普苏珊", "Sue's Ann": "普苏珊",
    "Padraig O'Hare": "欧帕德", "Declan Quigley": "贵德兰", "Declan": "贵德兰", "ZHANG Xiaoling": "张晓玲",
    "HUANG Zhiqiang": "黄志强", "NGUYEN Thi Lan": "阮氏兰", "TRAN Van Hieu": "陈文孝", "Wang Lili": "王丽丽",
    "Valerie": "王丽丽", "Guo Jianhua": "郭建华", "Edmund": "郭建华", "Anna Kowalska": "柯安娜",
    "Piotr Nowak": "诺彼得", "Chukwuma Uzoma": "乌楚马", "C. Uzoma": "乌楚马", "Afua Badu": "巴阿芙",
    "A. Badu": "巴阿芙", "Tom Oyedepo": "奥汤姆", "Lara Whitfield": "惠拉拉", "Ayodele Bankole": "班阿约",
    "Chiamaka Obi": "奥奇玛", "Stanislav Horák": "霍斯坦", "Zuzana Nováková": "诺祖扎",
    "Wojciech Zieliński": "齐沃伊", "Lenka Dvořáková": "德兰卡", "Kwaku Darko": "达夸库", "Esi Quaye": "奎艾西",
    "Rocío Benítez": "贝罗西", "Rocío": "贝罗西", "Pilar Ortiz": "欧皮拉", "Pilar": "欧皮拉",
    "Ewa Maciejewska": "马伊娃", "Ewa": "马伊娃", "Marta Wiśniewska": "魏玛塔", "Marta": "魏玛塔",
    "Kelechi Eze": "艾克乐", "Kelechi": "艾克乐", "Radu Popescu": "波拉杜", "Priyanka Sethi": "塞普丽",
    "priyanka sethi": "塞普丽", "Kwabena Boateng": "博夸贝", "Dumitru Rusu": "鲁杜米", "Duc Vo": "武德",
    "Siriporn Chaiyasit": "蔡诗丽", "Bayu Prasetyo": "普巴尤", "Wulan Sari": "萨武兰", "Natthapong Srisuk": "席纳塔",
    "Arunee Kaewmanee": "甘阿露", "Agnes Moloney": "莫艾格", "Fiifi Annan": "安菲菲", "Sergiu Munteanu": "蒙塞吉",
    "Oana Stoica": "斯奥娜", "Tolu Adebayo": "阿托卢", "Temitope Ajayi": "阿特米", "Le Thi Hoa": "黎氏花",
    "Hoa": "黎氏花", "Mirela Kovačević": "柯米蕾", "Caoimhe Nolan": "诺琪娃", "Rahim Uddin": "乌拉欣",
    "Fahad Al-Harbi": "哈法德", "Rania Nassar": "纳拉妮", "Anuwat Phromsiri": "蓬阿努", "Kanya Thongchai": "通甘雅",
    "Ahmad Faizal": "费艾哈", "Siti Hajar": "哈丝蒂", "Maricel Reyes": "雷玛丽", "Rodrigo Castañeda": "卡罗德",
    "Aditya Rao": "饶阿迪", "Sneha Pillai": "皮斯内", "Björn Eklund": "艾比约", "björn eklund": "艾比约",
    "Sigrid Nygaard": "倪西格", "sigrid nygaard": "倪西格", "Margaux Perrin": "佩玛歌", "Lucien Girard": "吉吕西",
    "Yamada Sora": "山田空", "Inoue Mei": "井上芽衣", "Ikenna Chukwu": "丘伊肯", "Folake Ogunleye": "奥芙拉",
    "哈斯其木格": "哈斯其木格", "Dexter Lam": "林德轩", "Dexter": "林德轩", "Consuelo Navarro": "纳康苏",
    "Consuelo": "纳康苏", "Iris Fung": "冯爱丽", "Iris": "冯爱丽", "Bernard Siu": "萧柏纳", "Bernard": "萧柏纳",
    "Crystal Ong": "王晶莹", "NGUYEN Minh Chau": "阮明珠", "Keerthana Rajan": "拉吉塔", "Keerthana": "拉吉塔",
    "Varun Mehrotra": "梅瓦伦", "Yaw Frimpong": "弗亚伍", "Nadira Rahim": "拉娜迪", "Babajide Ogunbiyi": "奥巴吉",
    "Babajide": "奥巴吉", "Tommy Ip": "叶志明", "Fanny Cheuk": "卓慧芬", "Ng Siew Hua": "伍秀华",
    "Siew Hua": "伍秀华", "Kumaravel Murugan": "穆库马", "Kumaravel": "穆库马", "Gustavo Lima": "利古斯",
    "Rosalind Tan": "陈若琳", "Terrence Johnson": "章泰伦", "Tay Hui Min": "郑慧敏", "Hui Min": "郑慧敏",
    "Benedict Koh": "许本德", "Kai Lindholm": "林开", "kai": "林开", "Frederik Mortensen": "莫弗雷",
    # dev50
    "Vinícius Almeida": "阿维尼", "Larissa Souza": "苏拉瑞", "Kim Soyeon": "金素妍", "Lee Dohyun": "李道贤",
    "Rafael Costa": "柯拉斐", "Mariana Lopes": "罗曼娜", "Desmond Ong": "王德明", "Cheryl Lim": "林雪莉",
    "Enzo": "费恩佐", "Hugo Lindqvist": "林雨果", "Jonas Richter": "里约纳", "Elif Demir": "德艾丽",
    "Agnes Leung": "梁雅妮", "Kelvin Cheng": "郑家文", "Clement Okafor": "奥克莱", "Yvette Chau": "周依雯",
    "Sienna Marsh": "马希娜", "Caleb Dunn": "邓凯勒", "Tracy Mok": "莫翠丝", "Priscilla Teo": "张慧玲",
    "Goh Wei Jie": "吴伟杰", "Park Minji": "朴敏智", "Choi Yuna": "崔瑜娜", "Hazel Yip": "叶海宜",
    "Fiona Kwok": "郭菲菲", "Megan Holloway": "霍梅根", "Darius Fenwick": "芬达瑞", "Inês Tavares": "塔依内",
    "Bianca Moretti": "莫碧安", "Owen Prescott": "普欧文", "Gabriel Nunes": "努加百", "Beatriz Carvalho": "卡碧翠",
    "Noor Siddiqui": "西努尔", "Ethan Caldwell": "考伊森", "Gideon Hale": "黑基甸", "Talia Brennan": "布塔莉",
    "Jasper Quinn": "昆嘉斯", "Lena Fischer": "费莉娜", "Colette Barros": "巴柯蕾", "Mateus Rocha": "罗马特",
    "Yusuf Arslan": "阿优素", "Yoon Taemin": "尹泰民", "Wendy Sit": "薛慧婷", "Gary Cheuk": "卓嘉伟",
    "Natalie Brooks": "布娜塔", "Ravi Menon": "梅拉维", "Jeremy Seah": "佘志明", "Vanessa Koh": "许慧珊",
    "Sofia Lindgren": "林索菲", "Marcus Thornton": "索马库", "Joanne Kwan": "关卓恩", "Cherry Lo": "卢翠莉",
    "Shermaine Tay": "郑雪敏", "Lucas Pereira": "佩卢卡", "Fernanda Ribeiro": "里费娜", "Dmitri Volkov": "沃德米",
    "Wes Harlan": "哈韦斯", "Wes": "哈韦斯", "tan yuhang": "谭宇航", "lu jiaqi": "陆佳琪", "qiao weilun": "乔伟伦",
    "he shanshan": "何珊珊", "Han Jisoo": "韩智秀", "Oh Minseok": "吴珉锡", "João Mendes": "门若昂",
    "Camila Araújo": "阿卡米", "Karen Tsang": "曾嘉琳", "Dickson Wong": "黄德信", "Nadia Kraus": "克娜迪",
    "Pieter Smit": "施彼特", "Rohan Mehta": "梅罗汉", "Clara Vance": "万克拉", "Grant Ellison": "艾格兰",
    "Maya Adeyemi": "阿玛雅", "Rafaela Dias": "迪拉菲", "Bryan Goh": "吴柏安", "Jolene Heng": "王佳琳",
    "Serena Blake": "布瑟琳", "Alma Reyes": "雷阿尔", "Henrik Sand": "桑亨利", "Imogen Pryce": "普伊莫",
    "Rupert Vane": "范鲁珀",
    # dev51
    "Ronan Fitzgerald": "费罗南", "Saoirse Hegarty": "何思儿", "Cormac": "戴科马", "Orla": "基奥拉",
    "Eoin Gallagher": "盖奥恩", "Wambui Njoroge": "乔婉碧", "Baraka Mutua": "穆巴拉", "Brent Tkachuk": "卡布伦",
    "Kaitlyn Fortier": "福凯琳", "Colby MacLeod": "麦科比", "Jean-Luc Bergeron": "贝让吕", "Riaan Botha": "博里安",
    "Zanele Khumalo": "库扎妮", "Sipho Dlamini": "德西佛", "Annelie du Plessis": "杜安妮",
    "Thandeka Mahlangu": "马坦德", "Yossi Mizrahi": "米约西", "Noa Ben-David": "本诺娅",
    "Hamad Al-Mazrouei": "马哈迈", "Mariam Al-Kaabi": "卡玛丽", "Marissa Kowalchuk": "柯玛瑞",
    "Devin Arsenault": "阿德文", "Aisling Burke": "伯艾琳", "Niall Cassidy": "卡奈尔", "Kibet Rotich": "罗基贝",
    "Wanjiku Mwaura": "姆婉姬", "Yael Friedman": "傅雅艾", "Omri Peretz": "裴奥姆", "Brooke Lafleur": "拉布鲁",
    "Meghan Doucette": "杜梅根", "Gerhard Venter": "文格哈", "Nomvula Sithole": "西诺武",
    "Fionnuala Ryan": "莱芬努", "Darragh Kinsella": "金达拉", "Mitch Gauthier": "高米奇",
    "Njambi Kariuki": "卡恩姜", "Ouma Odera": "奥欧马", "Kiki Zhan": "詹琪琪", "Hayden Qu": "曲海登",
    "Tiffany Ruan": "阮蒂芙", "Cathy Yin": "尹凯西", "Leon Gu": "顾立昂", "Vera Shang": "尚薇拉",
    "Jessie Tong": "童洁西", "Queena Mak": "麦琪娜", "Ronnie Tse": "谢朗尼", "Nicole Hua": "华妮可",
    "Felix Bao": "鲍飞力", "Stella Yao": "姚思黛", "Bruce Dong": "董布鲁", "Eddie Xiang": "向艾迪",
    "Annie Lai": "赖安妮", "Jojo Wen": "温卓卓", "Ada Lam": "林雅达", "Zoey Ke": "柯佐伊", "Morgan Pei": "裴摩根",
    "Sherry Hou": "侯雪莉", "Dennis Ji": "季丹尼", "Gilad Ashkenazi": "阿吉拉", "Noura Al-Hashimi": "哈努拉",
    "mo xiaotong": "莫晓彤", "rong jiale": "荣嘉乐",
    # dev52
    "Paxton Dillard": "狄派斯", "Raelynn Pryor": "蒲蕾琳", "Raelynn": "蒲蕾琳", "Hayley": "何海莉", "Bosco": "包思高",
    "Angus Thorburn": "索安格", "Angus": "索安格", "Kirra Jameson": "詹基拉", "Kirra": "詹基拉", "Thommo": "汤默",
    "Bronwyn": "柏朗雯", "Fergus McTavish": "麦弗格", "Morag Dunlop": "邓莫拉", "Morag": "邓莫拉",
    "Kirsty Munro": "门柯丝", "Isla Drummond": "德艾拉", "Isla": "德艾拉", "Euan Gilchrist": "吉尤恩", "Euan": "吉尤恩",
    "Rhodora Lacson": "拉萝多", "Kristine Mae Tolentino": "托克丽", "Jhong Macapagal": "马忠", "Sabrina": "沈萨宾",
    "Nelson": "聂尔森", "Ruaridh Dunbar": "邓鲁瑞", "Ruaridh": "邓鲁瑞", "Nnamdi Uzor": "乌南迪", "Nnamdi": "乌南迪",
    "Nneka Okeke": "奥妮卡", "Nneka": "奥妮卡", "Segun Bakare": "巴塞贡", "Segun": "巴塞贡", "Bukola": "卜可拉",
    "Obiora Nwachukwu": "瓦奥比", "Gurleen Gill": "吉古琳", "Raghavendra Bhat": "巴拉格", "Raghu": "巴拉格",
    "Cyrus": "司赛鲁", "Bisi Oyewole": "奥比茜", "Chidinma Anozie": "安奇迪", "Princess Dimaculangan": "迪普琳",
    "Arlene Mercado": "梅阿琳", "Arlene": "梅阿琳", "Eunice": "游尼斯", "Aishwarya Deshpande": "德艾希",
    "Sowmya Raghavan": "拉索米", "Sowmya": "拉索米", "Marivic Dela Cruz": "德玛维", "Marivic": "德玛维",
    "Brynn Castellano": "卡布琳", "Sawyer Dillon": "狄索耶", "Ambrose": "安博思", "Heidi": "贺海蒂",
    "DeShawn Harris": "哈德尚", "DeShawn": "哈德尚", "Terrell Gaines": "盖特瑞", "Terrell": "盖特瑞", "Rico": "黎高",
    "Shano": "尚诺", "Tahlia": "谭莉雅", "Sherman": "谢文", "Sharon": "夏若伦", "Ifeanyi Ugwu": "乌伊凡",
    "Ogechi Nnaji": "纳奥姬", "Janice": "詹尼斯", "Stanley": "司丹利", "Padma Venugopal": "文帕德",
    "Rohit Kulshreshtha": "库罗希", "Hilda": "席希达", "Kane": "甘凯恩", "Jarrah Pickering": "皮加拉",
    "Brielle Fontaine": "方布丽", "Colt Dawes": "道科尔", "Logan Fisk": "费罗根", "Edmond": "艾德孟", "Terence": "唐伦",
    "Carter Vandyke": "范卡特", "Meera Sastry": "萨米拉", "Nikhil Bhargava": "巴尼基", "Cody Pflueger": "傅科迪",
    "Olumide Fashola": "法奥卢",
    # dev53
    "Adeline Lim": "林美玲", "Ah Keong": "梁亚强", "Aisyah Rahman": "拉艾莎", "Alfie Bennett": "贝阿飞",
    "Amélie Durand": "杜艾美", "Ana Tuilagi": "图安娜", "Anja Krüger": "克安雅", "Aroha Tamihana": "塔阿萝",
    "Awhina Paewai": "派阿菲", "Azman Hakim": "哈阿兹", "Barnaby Crisp": "柯巴纳",
    "Bartosz Lewandowski": "莱巴托", "Bartosz": "莱巴托", "Beatrice Lowe": "罗碧翠", "Bex Thornton": "索贝丝",
    "Bex": "索贝丝", "Bonnie": "方邦妮", "Carmen Lau": "刘嘉雯", "Celine": "谢思琳", "Chiara Lombardi": "隆琪亚",
    "Chiara": "隆琪亚", "Christina Ng": "伍嘉欣", "Clementine Ashby": "艾克莱", "Daisuke Fujii": "藤井大辅",
    "Daisy": "邓黛西", "Desmond Ooi": "黄德胜", "Dieter Hoffmann": "霍迪特", "Dorothy Quill": "奎多萝",
    "Eleanor Marsh": "马艾琳", "Emi Kondo": "近藤惠美", "Kondo-san": "近藤惠美", "Kenji Ishida": "石田健二",
    "Ishida-san": "石田健二", "Esteban Aguirre": "阿埃斯", "Evelyn": "叶伊芙", "Federico Bianchi": "比费德",
    "Felicity Hargreaves": "何菲丽", "Fion": "冯菲安", "Friedrich Lange": "郎弗里", "Gary Chong": "张家瑞",
    "Gemma Whitlock": "魏杰玛", "Georgina Pell": "裴乔琪", "Goto Haruki": "后藤春树", "Gudrun Hahn": "哈古德",
    "Hafiz Ismail": "伊哈菲", "Hana Wiremu": "维哈娜", "Harriet Cole": "柯哈莉", "Harvey Lister": "李哈维",
    "Heike Schröder": "施海克", "Hemi Parata": "帕赫米", "Ikeda Aiko": "池田爱子", "Inga Solheim": "索英佳",
    "Irene Yap": "叶爱琳", "Isobel Frost": "傅伊莎", "Janet": "简珍妮", "Jasmine Goh": "吴佳敏",
    "Joanne Teh": "郑琼安", "Joey": "周乔伊", "Jonty Fairweather": "费琼迪", "Jürgen Becker": "贝尤根",
    "Katharina Engel": "恩卡塔", "Kavitha Subramaniam": "苏卡维", "Kelvin Tan": "陈伟康", "Kenneth": "甘尼思",
    "Keri Tipene": "蒂凯莉", "Kiri Hohaia": "霍基莉", "Kit Ramsay": "蓝基特", "Lachie Gibb": "吉拉奇",
    "Leila Haddad": "哈蕾拉", "Liam Te Awa": "阿利安", "Lim Boon Keat": "林文杰", "Lottie Pembroke": "彭洛蒂",
    "Luc Moreau": "莫吕克", "Ludwig Sommer": "索路德", "Lukas Brandt": "布卢卡",

    # dev55
    "Marguerite Dallaire": "戴玛格", "marguerite": "戴玛格", "Ossian Frew": "傅奥森", "ossian": "傅奥森",
    "Linus Ahlgren": "艾立诺", "linus ahlgren": "艾立诺", "Aldous Penhaligon": "潘奥道",
    "Clemency Threlfall": "邵克蕾", "Clemency": "邵克蕾", "Nguyen Bao Chau": "阮宝珠", "Chau": "阮宝珠",
    "Tran Minh Khoa": "陈明科", "Linnea Halloway": "哈琳妮", "Cosimo Ferrante": "费科西",
    "Halyna Boyko": "薄哈琳", "halyna": "薄哈琳", "Halyna": "薄哈琳", "Priyesh Varma": "瓦普耶", "priyesh": "瓦普耶",
    "Priyesh": "瓦普耶", "xi lanyue": "习兰玥", "gong yichen": "龚亦晨", "Errol Chambers": "钱埃罗", "Errol": "钱埃罗",
    "Shantelle Fortune": "付香缇", "Shantelle": "付香缇", "Radoslaw Nowicki": "诺拉多", "Zdenka Horakova": "侯兹丹",
    "Kemar Lindo": "林克马", "kemar": "林克马", "Birdie Sloane": "宋柏迪", "birdie": "宋柏迪",
    "Pham Thu Ha": "范秋霞", "Le Quang Vinh": "黎光荣", "RONG Yuxi": "戎雨溪", "YAN Qiming": "鄢启明",
    "Margit Sandor": "山玛吉", "Margit": "山玛吉", "Corentin Abadie": "阿柯朗", "Corentin": "阿柯朗",
    "Ottoline Fairbairn": "费奥汀", "Humphrey Lydgate": "李汉弗", "艾尔肯·吐尔逊": "艾尔肯·吐尔逊",
    "Kou Jingyi": "寇静怡", "Kou Jingyi 寇静怡": "寇静怡", "Ao Tianyu": "敖天宇", "Ao Tianyu 敖天宇": "敖天宇",
    "Thaddeus Brannock": "柏赛德", "Thaddeus": "柏赛德", "Maeve Corrigan": "柯美芙", "Marcia Greaves": "葛玛西",
    "Winston Providence": "普温斯", "Tomas Kral": "柯托马", "Jitka Novotna": "诺吉卡",
    "Solenne Castellan": "卡索兰", "Joost Oosterhuis": "欧约斯", "Joost": "欧约斯", "Cressida Pellew": "裴克茜",
    "Algernon Kettering": "柯阿杰", "Ayo Ogundipe": "欧阿尤", "ayo": "欧阿尤", "Do Hoang Anh": "杜黄英",
    "Vu Thi Mai": "武氏梅", "Augustin Leclair": "莱奥古", "Solveig Arnesen": "安索薇", "Solveig": "安索薇",
    "Kwesi Agyeman": "阿奎西", "Isolde Roe": "饶伊索", "Ebo Quansah": "全艾博", "Ebo": "全艾博",
    "Zdenek Hruby": "胡兹德", "zdenek": "胡兹德", "Anselm Duplessis": "杜安塞", "Anneliese Kuhn": "库安妮",
    "Bartek Kaminski": "卡巴特", "Bartek": "卡巴特", "Bozena Wrobel": "武博热", "Bozena": "武博热",
    "Kirk Mattis": "马柯克", "Kirk": "马柯克", "Tameka Alleyne": "艾塔梅", "Tameka": "艾塔梅",
    "Anouk Verhaegen": "韦安努", "Anouk": "韦安努", "Soraya Benali": "贝索拉", "Soraya": "贝索拉",
    "Farida Qasim": "卡法丽", "Beatrix Onwuachi": "翁碧翠", "Bui Thanh Tam": "裴清心", "Ho Ngoc Diep": "胡玉蝶",
    "Ottavia Bassani": "巴奥塔", "ottavia": "巴奥塔", "SHUAI Linlin": "帅琳琳", "YING Chen": "应晨",
    "Radka Dvorakova": "德拉卡", "Milos Brezina": "布米洛", "xiang yuwei": "项雨薇", "guan shuo": "关硕",
    "古丽巴哈尔": "古丽巴哈尔", "Min Xuesong": "闵雪松", "闵雪松 Min Xuesong": "闵雪松",
    "Perpetua Osei": "欧佩图", "Emrys Vaughan": "方埃姆", "Peregrine Loxley": "罗佩林",
    "Rosamund Tewkesbury": "谭罗莎", "Rafferty Doon": "窦拉夫", "rafferty": "窦拉夫", "Tobiah Wendt": "温托比",
    "tobiah": "温托比", "Dang Thi Hue": "邓氏惠", "Hue": "邓氏惠", "Ngo Duc Long": "吴德龙",
    "Krzysztof Mazur": "马克日", "Malgorzata Lis": "李戈霞", "Gosia": "李戈霞", "Odalys Quintero": "金奥达",
    # dev54 ("Joost" alone is also a dev54 member, 游斯特, in its committed directory; here it keeps dev55's
    # meaning — rebuilding dev54 would map it there)
    "Anson Lai": "赖安信", "Anson": "赖安信", "Bae Soo-ah": "裴秀雅", "Bernice Siu": "萧碧妮", "Bernice": "萧碧妮",
    "Bradley Whitfield": "怀布莱", "Calvin": "甘嘉文", "Catalina Vargas": "瓦卡塔", "Catalina": "瓦卡塔",
    "Desiree Moffett": "莫德茜", "Dominic": "董明礼", "Femke Visser": "费姆可", "Femke": "费姆可", "Fern": "冯芬恩",
    "Gregory Hale": "黑格瑞", "Gwen": "关雯", "Han Seo-jun": "韩瑞俊", "Hector": "何克韬", "Ignacio Fuentes": "冯纳西",
    "Imelda Torres": "托伊梅", "Jerry Mok": "莫智仁", "Julián Restrepo": "雷胡连",
    "Jung Ha-eun": "郑夏恩", "Lorraine Castellano": "卡洛兰", "Lou Peiqi": "楼佩琪", "Peiqi Lou": "楼佩琪",
    "Lupita": "陆碧达", "MIAO Jingwen": "苗静雯", "Maarten de Vries": "德马腾", "Maricela Ortiz": "奥玛丽",
    "Marisol": "马丽索", "Mateo Quintero": "昆马蒂", "Mateo": "昆马蒂", "Nolan Pritchard": "普诺兰", "Noreen": "罗诺琳",
    "Odette": "欧黛", "Oh Se-young": "吴世英", "Priscilla": "蒲丽莎", "Quinn": "秦昆", "Rosalind": "罗莎琳",
    "Xiang Ruolan": "向若兰", "Ruolan Xiang": "向若兰", "Rupert": "卢伯", "Ruud": "吕德", "Sanne Bakker": "巴桑妮",
    "Shiyu Kang": "康诗雨", "Tiffany Kwok": "郭蒂芙", "Tiffany": "郭蒂芙", "Trevor": "崔维", "Wendell": "文德",
    "Zhan Wenxuan": "詹文轩", "Wenxuan Zhan": "詹文轩", "Winnie Cheung": "张慧妮", "Yoo Jae-min": "柳在民",
    # dev54: names with a middle dot are listed as written
    "艾合买提·托合提": "艾合买提·托合提", "迪丽努尔·艾买提": "迪丽努尔·艾买提", "努尔兰·哈力别克": "努尔兰·哈力别克",
    "阿依努尔·吐尔洪": "阿依努尔·吐尔洪", "热合曼·卡德尔": "热合曼·卡德尔",
    # dev56 (full names before the one-word and capitalised forms, which become aliases)
    "Zhuang Yiran": "庄依然", "Marlowe Quist": "奎马洛", "Giulia Ferraro": "费朱莉", "Matteo Santoro": "桑马泰",
    "Emre Yildiz": "伊埃姆", "Emre": "伊埃姆", "Elif Aksoy": "阿艾莉", "Elif": "阿艾莉",
    "Rhett Calloway": "卡瑞特", "Dana Whitlow": "魏达娜", "OSWIN FAIRLEY": "费奥温", "PRUDENCE HALE": "何普鲁",
    "Aino Virtanen": "维艾诺", "Aino": "维艾诺", "Juha Laaksonen": "拉尤哈", "Juha": "拉尤哈",
    "Lorenzo Bellini": "贝洛伦", "Serena Gallo": "加瑟琳", "Serena": "加瑟琳", "Dilshan Perera": "裴迪山",
    "Nimali Fernando": "费妮玛", "Nimali": "费妮玛", "Veera Niemi": "聂薇拉", "VEERA NIEMI": "聂薇拉",
    "Veera": "聂薇拉", "Kasun Jayasuriya": "贾卡顺", "KASUN JAYASURIYA": "贾卡顺",
    "Yiannis Papadakis": "帕亚尼", "Eleni Georgiou": "乔艾莲", "Sujan Thapa": "塔苏坚",
    "Prakriti Gurung": "古普拉", "Prakriti": "古普拉", "Vinnie Russo": "罗文尼", "Angela Marchetti": "马安琪",
    "Dolan Pryce": "普多兰", "Skye Hartwell": "哈斯凯", "Skye": "哈斯凯", "Burak Demir": "德布拉", "Burak": "德布拉",
    "Zeynep Kaya": "卡泽内", "Zeynep": "卡泽内", "Stavros Kouris": "库斯塔", "Helena Mavros": "马海伦",
    "Helena": "马海伦", "Ursina Baumann": "鲍尔茜", "Reto Keller": "凯瑞托", "Reto": "凯瑞托",
    "Giacomo Riva": "里贾科", "Pietro Mancini": "曼彼得", "Tobin Ashgrove": "艾托宾", "Kostas Lemonis": "莱科斯",
    "Sabine Kroll": "柯萨宾", "Can Öztürk": "厄詹", "Can": "厄詹", "Sal Esposito": "埃萨尔",
    "Bikash Shrestha": "施比卡", "tu wanning": "屠宛宁", "rong zihan": "荣子涵",
    # dev56: a six-character Manchu name is listed as written
    "爱新觉罗启星": "爱新觉罗启星",
    # dev57 (full names before the one-word, lower-case and titled forms; Hungarian names as written, surname first)
    "Chad Whitmore": "惠查德", "Brooke Ashby": "艾布露", "Preston Vale": "韦普森", "Kendall Rhodes": "罗肯道",
    "Kainoa Akana": "阿凯诺", "Malia Kahananui": "卡美莉", "Makoa Kealoha": "柯马科", "Keoni Palakiko": "帕柯尼",
    "Gunnar Lindqvist": "林古纳", "Britta Halvorson": "哈布丽", "Dale Swenson": "斯戴尔", "Marit Olsgaard": "欧玛瑞",
    "Dariush Karimi": "卡达留", "Shirin Tehrani": "德希琳", "Parisa Sadeghi": "萨帕丽", "Parisa jan": "萨帕丽",
    "Navid Rahimi": "拉纳维", "Horváth Bence": "霍本策", "Bence": "霍本策", "Nagy Zsófia": "纳索菲",
    "Kovács Levente": "柯莱文", "Szabó Réka": "萨蕾卡", "Wilf Ackroyd": "艾威夫", "Jacqui Sutcliffe": "苏洁琪",
    "Barry Holroyd": "霍百瑞", "Maureen Pickles": "皮莫琳", "Maureen": "皮莫琳", "Ashleigh Pym": "皮艾希",
    "ashleigh pym": "皮艾希", "Kaden Moss": "莫凯登", "kaden moss": "莫凯登", "Tobias Brenner": "布托比",
    "Lukas Ehrlich": "埃卢卡", "Mathilde Roux": "鲁玛蒂", "Cornelius Abernathy": "阿柯尼", "Harriet Vance": "万哈莉",
    "Tamsin Kerr": "柯塔敏", "Tamsin": "柯塔敏", "Dev Malhotra": "马德夫", "Dev": "马德夫",
    "Arne Bergstrom": "伯阿尼", "Solveig Haugen": "豪索薇", "Zhàn Wénbīn": "占文斌", "Gōngyí Xuān": "公仪轩",
    "Kaleo Mahoe": "马卡雷", "Pua Nakamura": "中村璞", "Pua": "中村璞", "Bahram Javadi": "贾巴赫",
    "Agha Bahram": "贾巴赫", "Kian Hosseini": "侯基安", "Tóth Gergő": "托格尔", "Farkas Dóra": "法朵拉",
    "Linnea Sorensen": "索琳妮", "Blaine Corwin": "柯布兰", "Denise Armitage": "阿德妮", "Laleh Moradi": "莫拉蕾",
    "Laleh jan": "莫拉蕾", "Varga Eszter": "瓦艾丝", "Eszter": "瓦艾丝", "Molnár Péter": "莫彼得",
    "Gary Lumb": "兰加里", "Mandy Hirst": "赫曼迪", "Nels Gustafson": "古内尔", "Kari Moen": "莫卡莉",
    "Jaxon Reed": "里杰森", "Whitney Cole": "柯惠妮", "Evangeline Marsh": "马伊芳", "Ambrose Fenwick": "芬安博",
    "Jaden Ruiz": "鲁杰登", "jaden ruiz": "鲁杰登", "Tegan Holt": "霍蒂根", "tegan holt": "霍蒂根",
    "Kawika Alapai": "阿卡维", "Kawika": "阿卡维", "Omid Farahani": "法奥米", "Harper Lyle": "莱哈珀",
    "Ole Bjornstad": "比奥勒", "Ikaika Kanoho": "卡伊凯", "Babak Rostami": "罗巴贝", "Fenella Grant": "格菲娜",
    "Jonas Kessler": "凯约纳", "Élodie Marchand": "马艾洛",
    # dev58 (full names before the one-word and lower-case forms; a Cyrillic name as written)
    "Remy Thibodeaux": "蒂雷米", "Marcelle Boudreaux": "布玛塞", "Clovis Fontenot": "丰克洛",
    "Antoine LeBlanc": "勒安托", "Beau Guidry": "吉博欧", "Kieran Robson": "罗基兰", "Shona Milburn": "米肖娜",
    "Aidan Hepple": "赫艾登", "Lauren Charlton": "查劳伦", "Ryan Lowery": "洛瑞安", "Lee Ferncombe": "芬立",
    "Kelly Moran": "莫凯莉", "Danny Quirk": "柯丹尼", "Jade Molyneux": "莫洁德", "Stevie Ashcroft": "艾史蒂",
    "Declan Fitzgerald": "费德兰", "Maeve Donnelly": "唐梅芙", "Maeve": "唐梅芙", "Colm Reardon": "瑞科姆",
    "Patty Szymanski": "席佩蒂", "Nora Kilcullen": "基诺拉", "Gus Pardy": "帕格斯", "Bernadette Kielley": "基伯娜",
    "Bernadette": "基伯娜", "Lloyd Hynes": "海劳埃", "Cyril Penney": "潘西里", "Ioana Popescu": "波约安",
    "Mihai Dumitrescu": "杜米海", "Mihai": "杜米海", "Andreea Stan": "斯安德", "Sorin Vasilescu": "瓦索林",
    "Zoryana Tkachuk": "卡佐莉", "Taras Bondarenko": "邦塔拉", "Taras": "邦塔拉", "Yurii Kovalenko": "柯尤里",
    "Mykola Shevchuk": "舍米科", "Mostafa Elsayed": "萨穆斯", "Nourhan Adel": "阿努尔", "Nourhan": "阿努尔",
    "Karim Fawzy": "福卡里", "Hady Ramzy": "拉哈迪", "Doug Pettibone": "佩道格", "Sharon Kettleby": "凯莎伦",
    "Roger Allsop": "奥罗杰", "Marlene Haskins": "哈玛琳", "Reg Pocock": "波雷格", "Tracey Dunmore": "邓翠西",
    "Harlan Voss": "沃哈兰", "Juniper Okafor": "奥朱妮", "Ferris Oduya": "奥费里", "Imogen Tully": "塔伊梦",
    "Bastian Krull": "克巴斯", "Odalys Paredes": "帕奥达", "Perpetua Gale": "盖佩蓓", "Nolan Pike": "派诺仑",
    "nolan pike": "派诺仑", "Greer Maitland": "梅格瑞", "greer maitland": "梅格瑞", "Lionel Pratt": "普莱纳",
    "Hetty Rowe": "罗海蒂", "Winifred Ash": "艾温妮", "Павел Ли": "李帕维", "gong shuyi": "弓书怡",
    "rao siyuan": "饶思远",
    # dev59 (Nordic, Icelandic, New York, archaic-English, pirate, Korean, Italian and pinyin names; full names
    # before the one-word forms)
    "Gareth Pruitt": "普加雷", "Tobias Wren": "任托比", "Sven Lindqvist": "林斯文", "Astrid Holm": "霍阿斯",
    "Mikkel Sørensen": "索米凯", "Freja Dahl": "达芙蕾", "Solveig Berg": "贝索薇", "Håkon Nilsen": "尼哈康",
    "Linnea Ek": "艾林娜", "Jóhanna Einarsdóttir": "艾约娜", "Ragnar Thorsson": "索拉纳", "Rosalind Ashby": "艾罗莎",
    "Benedict Crane": "柯本迪", "Perdita Vane": "万佩迪", "Orsino Blake": "布奥西", "Horatio Fell": "费霍拉",
    "Morty Feldstein": "费莫蒂", "Shirley Rosen": "罗雪莉", "Sol Kaplan": "卡索尔", "Benny Gold": "高本尼",
    "Myron Katz": "卡迈伦", "Silas Thorne": "索赛勒", "Mercy Hawkins": "霍梅茜", "Jonah Tarrant": "塔约拿",
    "Wren Calloway": "卡任恩", "Barnaby Crook": "柯巴纳", "Imelda Frost": "弗伊梅", "Juno Ashworth": "艾朱诺",
    "Calder Nye": "倪考德", "Dorian Kell": "凯多里", "Hattie Blum": "布海蒂",
    "Lucan Greaves": "格卢坎", "Thea Marchetti": "马蒂娅", "Felix Haddow": "哈菲力", "Ruby Sandoval": "桑露比",
    "Cosmo Dunne": "邓科斯", "Maude Pellegrini": "佩茂德", "Wendell Roe": "罗温德", "Nadia Faulk": "福娜迪",
    "Quentin Vale": "韦昆廷", "Odette Lyons": "莱奥黛", "Rafe Simmons": "西瑞夫", "Harriet Quill": "奎哈丽",
    "Nell Abara": "阿内尔", "Caspian Reyes": "雷卡斯", "Petra Lund": "伦佩特", "Vidar Aas": "阿维达",
    "Nils Ekberg": "埃尼尔", "Maja Strand": "施玛雅", "Irving Stern": "斯尔文", "Ruthie Adler": "阿露丝",
    "Mack Delaney": "德麦克", "Femi Adeyemi": "阿费米", "Greta Lindahl": "林格蕾", "Tovah Reiss": "赖托娃",
    "Einar Ólafsson": "奥埃纳", "Sólrún Magnúsdóttir": "马索伦", "Oskar Brandt": "勃奥斯", "Park Jiwoo": "朴志佑",
    "Yoon Seojin": "尹瑞珍", "Francesca Moretti": "莫芙兰", "Giorgio Ricci": "里乔治",
    "Hugo Lam": "林雨果", "Sabine Roth": "罗莎宾", "Otto Lindgren": "林奥托", "Vera Quinn": "奎维拉",
    "Aria Faulkner": "福雅丽", "Alessia Conti": "孔阿莉", "Dario Greco": "葛达里", "qu xiaonan": "屈晓楠",
    "mu qingyuan": "慕清源", "Astrid": "霍阿斯", "Shirley": "罗雪莉", "Morty": "费莫蒂",
    # dev60 (Samoan, Tongan, Māori, Texan, Québécois, Punjabi-Canadian, Welsh, Nordic, Bengali, South African,
    # Italian and pinyin names; full names before the one-word forms; Mathieu Gagnon, Dafydd Evans, Tanvir Hossain,
    # Ingrid Solberg and Aroha keep the members earlier rounds gave them)
    "Tavita Leiataua": "莱塔维", "Mele Fifita": "菲梅乐", "Sione": "肖内", "Losa Taufa": "陶洛萨",
    "Dwayne Pruitt": "蒲德韦", "Lurleen Haskins": "哈露琳", "Boone Tillery": "蒂布恩", "Cody Vance": "万科迪",
    "Waylon Briggs": "布韦伦", "Geneviève Tremblay": "唐珍薇", "Étienne Bouchard": "布艾田",
    "Josée Pelletier": "裴若瑟", "Sébastien Ouellet": "韦塞巴", "Mylène Lavoie": "拉米琳", "Chantal Roy": "罗香黛",
    "Harpreet Sandhu": "桑哈普", "Gurleen Dhillon": "狄古琳", "Manpreet Gill": "吉曼普", "Jaskaran Brar": "布贾斯",
    "Simranjit Kaur": "考西兰", "Navdeep Grewal": "格纳迪", "Rhiannon Pugh": "蒲瑞安", "Iwan Morgan": "摩伊万",
    "Gethin Jones": "琼格辛", "Ffion Rees": "里菲恩", "Carys Price": "普卡丽", "Bertil Åkesson": "阿贝蒂",
    "Margit Lund": "伦玛吉", "Oskar Wikström": "维奥卡", "Jolene Cartwright": "卡乔琳", "Beau Hensley": "韩博乌",
    "Wyatt Dobbs": "多怀亚", "Earlene Fuqua": "傅尔琳", "Kauri Ngata": "恩考里", "kauri ngata": "恩考里",
    "aroha": "阿萝哈", "Priya Bhattacharya": "巴普莉", "Arnab Sengupta": "森阿纳", "Rumana Akter": "阿鲁曼",
    "Zanele Mokoena": "莫扎内", "Themba Dlamini": "德坦巴", "Sipho Ndlovu": "恩西福", "Lindiwe Khumalo": "库林迪",
    "Lorenzo Galli": "加洛仑", "Chiara Conti": "孔琪娅", "Bartolomeo Russo": "鲁巴托", "Ilaria Greco": "葛伊拉",
    "Torbjørn Aas": "阿托比", "Jens Mikkelsen": "米延斯", "Sigrid Dahl": "达西格", "Xu Mingze": "许明泽",
    "Gurleen": "狄古琳", "Navdeep": "格纳迪", "Bertil": "阿贝蒂", "Zanele": "莫扎内", "Themba": "德坦巴",
    "Waylon": "布韦伦", "Torbjørn": "阿托比",
    # dev61 (Jamaican, Trinidadian, Maltese, Dutch, Polish, Chicano, Japanese, lawyerly, Gen-Alpha, all-caps and pinyin
    # names; full names before the one-word forms, the mixed-case name before the all-caps one as written)
    "Fitzroy Gayle": "盖菲罗", "Tameka Beckford": "贝塔梅", "Kemar McKenzie": "麦凯马", "Vishnu Ramdass": "兰维希",
    "Nadira Mohammed": "穆娜迪", "Kerwin Joseph": "乔克文", "Joseph Camilleri": "卡约瑟", "Marija Borg": "博玛丽",
    "Charlene Vella": "维夏琳", "Roderick Farrugia": "法罗德", "Lotte Hoekstra": "胡洛特", "Thijs Mulder": "穆泰斯",
    "Ruud Dijkstra": "戴鲁德", "Anouk Meijer": "梅安努", "Grzegorz Pawlak": "帕格热",
    "Małgorzata Lewandowska": "莱玛戈",
    "Krzysztof Kaczmarek": "卡克日", "Zofia Wójcik": "沃佐菲", "Lupe Ramírez": "拉露佩", "Rigoberto Salinas": "萨里戈",
    "Marisela Fuentes": "富玛瑟", "Kobayashi Ren": "小林莲", "Yamada Aoi": "山田葵", "Shota Fujiwara": "藤原翔太",
    "Philippa Ainsworth": "安菲莉", "Alastair Brereton": "布阿斯", "Jayden Liu": "刘杰登", "Kinsley Park": "朴琴斯",
    "Brayden Xu": "徐布雷", "Clive Prendergast": "普克莱", "CLIVE PRENDERGAST": "普克莱", "Monica Flores": "弗莫妮",
    "MONICA FLORES": "弗莫妮", "Desmond Acheampong": "阿德蒙", "DESMOND ACHEAMPONG": "阿德蒙", "Hope Tang": "唐霍普",
    "Faith Luo": "罗菲丝", "Sunny Qiao": "乔桑妮", "Xie Wenbin": "解文斌", "Qiu Haitao": "仇海涛",
    "Nadira": "穆娜迪", "Lupe": "拉露佩",
    # dev62 (Lebanese, Mauritian, Zimbabwean, Malaysian Tamil, Burmese, Mongolian, Kazakh, Portuguese, US broker and
    # pinyin names; the capitalised telegraph spellings are the same members; Ko/Ma are honorifics, not names)
    "Chad Kessler": "凯查德", "Tiffany Ruiz": "鲁蒂芙", "Brad Kowalski": "柯布拉", "Denise O'Connell": "康丹妮",
    "Rami Haddad": "哈拉米", "Nour Khoury": "胡努尔", "Ziad Saab": "萨齐亚", "Maya Aoun": "奥玛雅",
    "Karim Nassar": "纳卡里", "Tendai Moyo": "莫丹代", "Rutendo Chikore": "齐鲁滕", "Farai Mutasa": "穆法莱",
    "Tatenda Ncube": "恩塔腾", "Thida Win": "温蒂达", "Nandar Hlaing": "莱南达", "Zaw Min Htet": "佐敏泰",
    "Aung Ko Ko": "翁柯柯", "Inês Sarmento": "萨伊内", "Beatriz Lopes": "洛贝娅", "Tiago Mendes": "门蒂亚",
    "João Ferreira": "费若昂", "Rui Tavares": "塔瑞伟", "Saravanan Pillai": "皮萨拉", "Kavitha Rajendran": "拉卡维",
    "Muthu Krishnan": "克穆图", "Ganesh Subramaniam": "苏加内", "Aidos Nurlanov": "努艾多", "Dana Serikova": "谢达娜",
    "Priscilla Lagesse": "拉普莉", "Jean-Marc Lebon": "乐让马", "Vikash Doorgakant": "杜维卡",
    "Anousha Seetohul": "西阿努", "miao xiaofan": "缪晓帆", "Xie Chunyan": "解春燕", "Moqi Ning": "万俟宁",
    "Batbayar": "巴特巴", "Temuulen": "特木伦", "Oyuna": "敖优娜", "Enkhjargal": "恩赫佳",
    "RAMI HADDAD": "哈拉米", "KARIM NASSAR": "纳卡里",
    # dev63 (Ugandan, Krio, Fijian, Cameroonian, Tanzanian, Jordanian, Australian, lowercase sales-VP, screen-reader,
    # e-mail and pinyin names; full names before the one-word forms a message rules out; Ma Shang is the member 马上)
    "connor liu": "刘康纳", "stacy gao": "高斯黛", "jamie wu": "吴洁米", "Irene Qu": "曲艾琳", "Vincent Zhao": "赵文森",
    "Clara Ng": "吴嘉拉", "Harold Pemberton": "庞哈罗", "Gwen Okafor": "奥格温", "Quincy Adebayo": "阿昆西",
    "Nakato Sarah": "纳莎拉", "Ivan Ssemwogerere": "森伊万", "Brenda Atuhaire": "阿布兰", "Patrick Okello": "奥帕特",
    "Fatmata Kamara": "卡法玛", "Alimamy Sesay": "塞阿里", "Isatu Conteh": "孔伊萨", "Mohamed Bangura": "班穆罕",
    "Litia Cava": "卡莉蒂", "Jone Naivalu": "奈约内", "Ravinesh Prasad": "普拉维", "Achille Tchoupo": "丘阿希",
    "Esther Fon": "冯埃丝", "Clovis Mbah": "巴克洛", "Baraka Mollel": "莫巴拉", "Neema Mushi": "穆尼玛",
    "Rehema Juma": "朱蕾玛", "Rania Khasawneh": "哈拉尼", "Laith Haddadin": "哈莱斯", "Omar Zoubi": "祖奥马",
    "Yousef Bataineh": "巴优素", "Darren Kettle": "凯达伦", "Bronwyn Tulloch": "塔布朗", "Jarrah Wilkes": "威贾拉",
    "Kylie Burchell": "柏凯丽", "Ma Shang": "马上",
    "Brenda": "阿布兰", "Okello": "奥帕特", "Jone": "奈约内", "Irene": "曲艾琳", "Rania": "哈拉尼",
    # dev64 (Philadelphia, Baltimore, New Orleans, Birmingham UK, Appalachian, Bahamian, Hinglish, US HR, Slack and
    # pinyin names; Zhongli Qiu, Zhu Kexin, Huyan Che and Wan Quan are also written in characters)
    "Vinnie Scarpa": "斯文尼", "Dolores Kowalczyk": "柯多洛", "Tyrell Pinkney": "平泰瑞",
    "Bernadette McGonigal": "麦伯娜", "Darlene Hobbs": "霍达琳", "Loretta Sturgis": "斯洛蕾", "Earl Fenwick": "芬厄尔",
    "Remy Arceneaux": "阿雷米", "Celestine Broussard": "布瑟丽", "Toinette Fontenot": "方托内",
    "Marcel Guidry": "吉马赛", "Kirsty Whitehouse": "怀柯丝", "Dean Bradnock": "布迪恩", "Sharon Tolley": "托莎伦",
    "Ransom Caudill": "考兰森", "Delphia Shackleford": "沙黛菲", "Orville Hatfield": "哈奥维",
    "Kendrick Rolle": "罗肯德", "Shantell Ferguson": "弗香黛", "Cordero Bain": "贝科德", "Dwight Knowles": "诺德怀",
    "Rohit Malhotra": "马罗希", "Sneha Kulkarni": "库斯妮", "Aarav Bhatia": "巴阿拉", "Pooja Iyer": "艾普佳",
    "Trevor Whitlock": "惠特雷", "Madison Kerr": "柯麦迪", "Jess Okafor": "奥洁丝", "Kayla Brennan": "布凯拉",
    "Marcus Lindqvist": "林马库", "Zhongli Qiu": "钟离秋", "Zhu Kexin": "竺可欣", "Huyan Che": "呼延澈",
    "Wan Quan": "万全",
    # dev65 (Hong Kong, Macau, London-trader, Zambian, Botswanan, Malawian, Belizean Kriol, Guyanese, Tok Pisin,
    # US Midwestern, Korean and pinyin names; full names before the one-word forms; Zhou Quan, Ning Jing, Zuoqiu Lan
    # and He Bi are also written in characters)
    "Kelvin Shum": "岑家文", "Mandy Yeung": "杨敏仪", "Eunice Mak": "麦尤妮", "Cyrus Leung": "梁赛勒",
    "Rupert Kane": "凯鲁伯", "Seb Ashworth": "艾塞布", "Tash Mallory": "马塔希", "Giles Harcourt": "哈贾尔",
    "Bwalya Phiri": "菲布瓦", "Mwansa Chileshe": "奇姆万", "Chanda Mulenga": "穆钱达", "Bupe Kasonde": "卡布佩",
    "Mutinta Hamoonga": "哈穆汀", "Kagiso Molefe": "莫卡吉", "Tebogo Sebina": "塞特博", "Onalenna Kgosi": "戈奥娜",
    "Boitumelo Masire": "马博伊", "Chikondi Nyirenda": "尼奇孔", "Limbani Mwale": "姆林巴",
    "Madalitso Chirwa": "奇马达", "Thoko Banda": "班托科", "Delroy Usher": "厄德罗", "Marisol Cal": "卡玛索",
    "Shawna Flowers": "福肖娜", "Elwood Gillett": "吉埃伍", "Devon Persaud": "佩德文", "Shivani Ramnarine": "拉希瓦",
    "Andrel Greaves": "格安卓", "Leon Fraser": "弗里昂", "Paulus Yambi": "扬保罗", "Moses Kuman": "库摩西",
    "Rita Kapi": "卡丽塔", "Jonah Tumu": "图约拿", "Nellie Waim": "韦内莉", "Dale Ostrander": "奥戴尔",
    "Verna Lindahl": "林维娜", "Arlen Voss": "沃阿伦", "LaVonne Schroeder": "施拉芳", "Merle Haugen": "豪默尔",
    "Gordy Brekke": "布戈迪", "Kang Minseo": "姜敏瑞", "Oh Jihoon": "吴智勋", "Han Dohyun": "韩道贤",
    "Jung Haerin": "郑海琳", "Lee Seungmin": "李承敏", "Ricardo Sou": "苏理嘉", "Joana Leong": "梁若安",
    "Zhou Quan": "周全", "Ning Jing": "宁静", "Zuoqiu Lan": "左丘岚", "He Bi": "何必",
    "Giles": "哈贾尔", "Seb": "艾塞布", "Andrel": "格安卓", "Onalenna": "戈奥娜", "Chanda": "穆钱达", "Leon": "弗里昂",
    "LaVonne": "施拉芳", "Merle": "豪默尔", "Gordy": "布戈迪", "Jonah": "图约拿", "Lee": "李承敏",
    # dev66 (Orkney, Shetland, Manx, Llanito, Cypriot, Bruneian, Brazilian, Argentine, Chilean, Puerto Rican, US Army,
    # Taiwanese English and pinyin names; full names before the one-word forms a message mentions or rules out)
    "Magnus Flett": "弗马格", "Thora Isbister": "伊索拉", "Erlend Linklater": "林厄兰", "Ruth Sinclair": "辛露丝",
    "Inga Rendall": "伦英嘉", "Juan Quayle": "奎胡安", "Breesha Kermode": "柯布莉", "Moirrey Kinvig": "金莫瑞",
    "Paul Cregeen": "克保罗", "Nicky Bossano": "博尼基", "Yanina Ferrary": "费雅妮", "Dylan Ferrary": "费迪朗",
    "Kaiane Mesilio": "梅凯安", "Jason Netto": "内杰森", "Andreas Charalambous": "查安德",
    "Eleni Hadjipetrou": "哈艾琳", "Marios Ioannou": "约马里", "Awang Faisal": "费阿旺", "Dayang Hafizah": "哈达阳",
    "Nurul Hidayah": "希努鲁", "Pengiran Azmi": "阿兹米", "Rafael Siqueira": "西拉斐", "Juliana Nogueira": "诺朱莉",
    "Gabriela Fonseca": "丰加布", "Thiago Barros": "巴蒂戈", "Facundo Ibarra": "伊法昆", "Florencia Gaitán": "盖芙萝",
    "Nahuel Quiroga": "基纳韦", "Camila Fuenzalida": "富卡米", "Ignacio Pizarro": "皮伊纳",
    "Javiera Sepúlveda": "塞哈薇", "Matías Cárcamo": "卡马蒂", "Jomar Colón": "科霍马", "Coralys Figueroa": "菲科莉",
    "Yadiel Ortiz": "奥亚迪", "Dale Pritchard": "普戴尔", "Travis Kohler": "科特维", "Roy Castellanos": "卡罗伊",
    "Wes Garrity": "加韦斯", "Jerry Chung": "鍾承翰", "Vivian Hsieh": "謝宜蓁", "Zi Guoliang": "訾国梁",
    "Xianyu Fang": "鲜于芳", "Wen Xin": "温馨", "An Le": "安乐", "Xi Yuhan": "郗雨涵", "Tantai Xinghe": "澹台星河",
    "Lu Xiaodong": "逯晓东", "Tuo Jianhua": "庹建华",
    "Magnus": "弗马格", "Erlend": "林厄兰", "Breesha": "柯布莉", "Nicky": "博尼基", "Juliana": "诺朱莉",
    "Gabriela": "丰加布", "Nahuel": "基纳韦", "Coralys": "菲科莉", "Yadiel": "奥亚迪", "Kohler": "科特维",
    "Eleni": "哈艾琳",
    # dev68 (Cork, Black Country, Australian Aboriginal, Liberian, Bhutanese, Bajan, Wisconsin, Alaskan, Swiss-German
    # banker and pinyin names; full names before the one-word forms a message uses, mentions or rules out)
    "Kirra Hampton": "韩基拉", "Lowanna Bell": "贝洛婉", "Darcy Wallace": "华达茜", "Marlee Simpson": "辛玛莉",
    "Jedda Coulthard": "库洁达", "Comfort Kollie": "柯康芙", "Mulbah Flomo": "弗穆巴", "Yassah Tarpeh": "塔雅莎",
    "Garmai Flomo": "弗佳梅", "Patience Dukuly": "杜佩欣", "Momo Dukuly": "杜莫莫", "Pema Dorji": "多佩玛",
    "Tshering Yangzom": "央次仁", "Sonam Choden": "曲索南", "Kinley Wangmo": "旺金莉", "Ugyen Tenzin": "丹乌金",
    "Shontelle Griffith": "格尚黛", "Keisha Brathwaite": "布凯夏", "Ricky Alleyne": "艾瑞奇",
    "Winston Cumberbatch": "康温斯", "Duane Schultz": "舒杜安", "Gretchen Vandenberg": "范格蕾",
    "Norbert Kasten": "卡诺伯", "Lorna Pfeiffer": "菲洛娜", "Chase Kuehn": "库蔡司", "Arlo Kuehn": "库阿洛",
    "Reto Gasser": "加瑞托", "Regula Zürcher": "苏蕾古", "Christa Meierhans": "迈克丽", "Beat Steiner": "施贝亚",
    "Urs Bachmann": "巴乌尔", "Skip Lindgren": "林斯基", "Tanya Kvasnikoff": "柯塔妮", "Boyd Hinkel": "辛博伊",
    "Gunnar Tollefsen": "托古纳", "Fergal O'Callaghan": "卡费格", "Donal Buckley": "巴多纳", "Aoife Twomey": "图伊芙",
    "Gaz Bissell": "比加兹", "Sandra Pardoe": "帕桑德", "Wayne Hackett": "哈韦恩", "Lorraine Round": "朗洛琳",
    "Sikou Yan": "司寇砚", "Qiu Ling": "丘陵", "Gongyang Su": "公羊素",
    "Duane": "舒杜安", "Gretchen": "范格蕾", "Fergal": "卡费格", "Skip": "林斯基", "Pema": "多佩玛", "Sonam": "曲索南",
    "Lowanna": "贝洛婉", "Donal": "巴多纳", "Gaz": "比加兹", "Mulbah": "弗穆巴", "Ricky": "艾瑞奇", "Winston": "康温斯",
    "Wayne": "哈韦恩", "Gunnar": "托古纳", "Tanya": "柯塔妮", "Norbert": "卡诺伯", "Shontelle": "格尚黛",
    "Ugyen": "丹乌金", "Darcy": "华达茜",
    # dev67 (Tasmanian, Canadian Maritimes, Ozark, Cornish, Maldivian, Tongan, Hong Kong, US teenage, Dutch-German
    # and pinyin names; full names before the one-word forms a message uses or rules out; Sikou Yan, Xiang Qian,
    # Weisheng Tao and Mi Xiaoting are also written in characters)
    "Lachie Direen": "迪拉奇", "Tegan Pennicott": "潘蒂根", "Bronte Hingston": "辛布朗", "Jye Shelverton": "谢杰伊",
    "Darcy Pennicott": "潘达西", "Gordie MacPhee": "麦戈迪", "Roxanne Doucette": "杜萝珊",
    "Shelley Doucette": "杜雪莉", "Wade Gillis": "吉韦德", "Murdock Beaton": "比默多", "Vernon Tackett": "塔弗农",
    "Opal Bledsoe": "布欧泊", "Norma Jean Hubbard": "哈诺玛", "Delbert Sisco": "西德伯", "Buck Yocum": "约巴克",
    "Loyd Hembree": "汉洛伊", "Jago Penhaligon": "彭贾戈", "Morwenna Trevithick": "特莫温",
    "Kerensa Tremayne": "特柯伦", "Denzel Pascoe": "帕丹泽", "Tamsin Polglase": "波塔敏", "Loveday Rowe": "罗乐黛",
    "Jenna Trebilcock": "特珍娜", "Aishath Niuma": "纽艾莎", "Ibrahim Fayaz": "法易卜", "Mariyam Shazna": "沙玛丽",
    "Hawwa Shaheema": "沙哈娃", "Ali Rifau": "里阿里", "Tevita Havili": "哈德维", "Lesieli Vaipulu": "瓦莱西",
    "Siosaia Lolohea": "罗肖赛", "Pita Kioa": "基皮塔", "Viliami Moala": "莫维利", "Sela Mafi": "马塞拉",
    "Winnie Kwok": "郭慧妍", "Stanley Yiu": "姚少麟", "Cheryl Lui": "吕雪莹", "Anson Fung": "冯安信",
    "Paige Whitford": "惠佩姬", "Kaden Morris": "莫恺登", "Tanner Kilgore": "基坦纳", "Ashlyn Harper": "哈阿什",
    "Wouter Brinkmann": "布沃特", "Anneliese Vos": "沃安妮", "Jürgen Hoff": "霍尤根", "Sanne Kuipers": "柯桑娜",
    "Maarten de Wit": "魏马腾", "Frauke Möller": "穆芙珂", "Ilse Bergmann": "伯伊尔", "Dirk Oosterhuis": "欧德克",
    "Fiona Tse": "谢菲娜", "Xiang Qian": "向前", "Weisheng Tao": "微生涛",
    "Mi Xiaoting": "宓晓婷",
    "Jye": "谢杰伊", "Hawwa": "沙哈娃", "Kerensa": "特柯伦", "Siosaia": "罗肖赛", "Roxanne": "杜萝珊",
    "Gordie": "麦戈迪", "Cheryl": "吕雪莹", "Aishath": "纽艾莎", "Ashlyn": "哈阿什", "Tegan": "潘蒂根",
    "Bronte": "辛布朗", "Opal": "布欧泊",
    # dev70 (Belfast, Labrador, Namibian, Cebuano, Boston, Australian, German-Swiss, Brazilian, Hong Kong-style and
    # pinyin names; full names before the one-word forms a message uses or rules out; Pang Deshan and Xing Lijuan
    # are also written in characters)
    "Ciaran Mulgrew": "穆基兰", "Roisin Devlin": "德萝珊", "Orla Keenan": "基奥拉", "Padraig Hughes": "休帕德",
    "Siobhan McAleese": "麦雪梵", "Gerard Toner": "托杰拉", "Niall Mallon": "马尼奥", "Aoibhinn Carlin": "卡伊雯",
    "Ida Mugford": "穆艾达", "Clarence Pottle": "波克伦", "Harvey Rumbolt": "伦哈维", "Sophie Andersen": "安索菲",
    "Wilson Lyall": "莱威尔", "Jenny Sheppard": "舍珍妮", "Hubert Mesher": "梅休伯", "Nellie Broomfield": "布内莉",
    "Kyle Dicker": "迪凯尔", "Ndapewa Shikongo": "希达佩", "Tuhafeni Nangolo": "南图哈", "Hendrik van Wyk": "范亨德",
    "Selma Amutenya": "阿塞尔", "Petrus Iipumbu": "伊彼得", "Frieda Katjivena": "卡弗丽", "Tuyeni Haufiku": "豪图耶",
    "Johannes Garoeb": "加约翰", "Magano Nghipandulwa": "恩玛加", "Mariel Cabahug": "卡玛莉", "Jun Abella": "阿贝俊",
    "Rhea Dela Cerna": "德瑞雅", "Kristine Baguio": "巴克丝", "Ronaldo Tampus": "坦罗纳", "Ma. Theresa Ouano": "欧特蕾",
    "Joy Bustamante": "布乔伊", "Precious Lim": "林珀瑞", "Bless Gemota": "格布蕾", "Maureen Flaherty": "弗莫琳",
    "Dermot Kearney": "基德莫", "Fran Sullivan": "沙弗兰", "Brendan Costello": "柯布伦", "Sean Concannon": "康肖恩",
    "Nate Pimentel": "皮内特", "Bill Payne": "佩比尔", "Penny Rourke": "鲁佩妮", "Shane Pedersen": "裴沙恩",
    "Brodie Tancred": "谭布迪", "Jarrod Pike": "派杰罗", "Kayleen Moss": "莫凯琳", "Brett Gallagher": "加布雷",
    "Tahnee Whitlam": "惠塔妮", "Troy Barlow": "巴特洛", "Priska Zollinger": "左普莉", "Matthias Brunner": "布马蒂",
    "Roland Frei": "傅罗兰", "Simone Wyss": "魏西蒙", "Beatrice Schnyder": "施碧翠", "Lukas Aebi": "艾卢卡",
    "Helga Sommer": "宋赫嘉", "Dieter Hofstetter": "霍迪特", "Yvonne Keller": "凯伊冯", "Corinne Huber": "胡柯琳",
    "Rodrigo Valadares": "瓦罗德", "Larissa Quintão": "昆拉莉", "Caio Menezes": "梅凯奥", "Thales Rocha": "罗塔勒",
    "Oscar Lindqvist": "林奥斯", "Vicky Tan": "谭维琪", "Alvin Kwan": "关家文",
    "Jessie Lo": "罗洁思", "Kenny Mok": "莫建宁", "Pang Deshan": "庞德山", "Xing Lijuan": "邢丽娟",
    "Frieda": "卡弗丽", "Shane": "裴沙恩", "Clarence": "波克伦", "Selma": "阿塞尔", "Kristine": "巴克丝",
    "Hendrik": "范亨德", "Troy": "巴特洛", "Hubert": "梅休伯", "Jenny": "舍珍妮", "Rhea": "德瑞雅",
}
# a romanised name two rounds gave different members (the later round's entry above keeps its own)
ENGLISH_OF_ROUND = {"dev67": {"Sikou Yan": "司寇妍"}}
# userids written in dev3 -> member name
USERIDS = {
    "songyq": "宋雨桥", "shenym01": "沈一鸣", "tang.xiaoyan": "唐晓燕", "pengzx": "彭子轩",
    "T00123": "邱志强", "T00456": "蔡敏", "xiewt": "谢婉婷", "handong": "韩东", "yaoyuan": "姚远",
    "gongming": "龚明", "qiuzq": "邱志强", "caimin": "蔡敏", "caili": "曹丽", "tiantian": "田甜",
    # dev4
    "shaott": "邵婷婷", "hezj": "贺子健", "qinlan01": "秦岚", "rentx": "任天行", "dai.xiaoyu": "戴小雨",
    "yimeng": "易梦",
    # dev5
    "dingyf": "丁一凡", "weilai88": "魏来", "liu.qq": "柳青青", "luojh": "罗家豪", "zouxw": "邹晓雯", "maizj": "麦子健",
    "liubei": "刘备", "caocao": "曹操", "sunquan01": "孙权", "liubei02": "刘备",
    "jianning@corp.com": "简宁", "quhao@corp.com": "屈浩",
    # dev6
    "qianxd": "钱晓东", "sunjy": "孙佳怡", "zhouning2": "周宁", "wudi": "吴迪",
    # dev7
    "huyang": "胡杨", "beibei2": "贝贝", "jiping": "计平", "ningjing": "宁静",
    # dev8
    "yuanli": "袁立", "qiww": "戚薇薇", "douwt": "窦文涛", "yueyun": "岳云",
    # dev9
    "nora.bai": "白诺拉", "owen.cai": "蔡欧文",
    # dev11
    "tangwen": "唐文", "xuyue": "徐悦",
    # dev12
    "wangyang01": "汪洋", "weidong": "韦东", "wx_pangbo": "庞博", "wx_zoujie": "邹洁", "MiXue01": "米雪",
    "CheChen02": "车晨",
    # dev37
    "houjj": "侯俊杰", "zeng.fy": "曾凡宇", "kongxr01": "孔祥瑞", "E10087": "谭永辉", "ye.ww": "叶雯雯",
    "fuqiang": "付强",
    # dev38
    "hejj02": "贺建军", "wei.lx": "韦立新", "T20451": "邱子豪", "gexy": "葛晓燕",
    # dev39
    "liaoxm": "廖雪梅", "shaojie01": "邵杰", "E30512": "熊立群",
    # dev40
    "tanguoqing": "谭国庆", "huangzhenyu": "黄振宇", "zouJH": "邹佳慧",
    # dev41
    "kuaidy": "蒯大勇", "mengxk": "孟祥坤", "S21093": "栗子涵", "liang.ww": "梁薇薇",
    # dev42
    "gezy": "戈志远", "yuxf": "郁晓峰", "lhpeng": "龙海鹏", "xu.yj": "许雅静", "1187": "姚春生",
    "20461": "单立新", "30562": "邢美玲",
    # dev43
    "yanshu01": "严肃", "zhenxr": "甄欣然", "kuangwj": "况文杰", "wzy": "吴子瑶", "hxl": "何晓岚",
    "ljx": "刘佳鑫", "myq": "马雨晴", "K60317": "钭海军",
    # dev44
    "liyc": "李逸晨", "zhuyq02": "朱雨晴", "A70218": "伍思远",
    # dev45
    "yange": "严格", "tong.jh": "佟佳慧", "qie.jh": "郄建华", "N40718": "苑立新",
    # dev46
    "wangyh": "王永红", "chen.dp": "陈东鹏", "zhaoly03": "赵丽英", "XS0917": "贺明远",
    # dev47
    "sunjx": "孙佳欣", "qiu.yf": "邱一帆", "okoro.c": "奥奇迪", "baptiste.l": "巴露西", "lwinters": "温劳拉",
    "mchen04": "陈美辰", "wangxr": "王晓蓉", "zhaoyt": "赵雨婷", "nkhalil": "哈纳比", "hdarwish": "达胡达",
    "E55120": "任志斌", "E55187": "柴晓雯",
    # dev48
    "qinhm": "秦海明", "ou.yx": "欧雅欣", "tanxl": "谭晓磊", "fengqy02": "冯清怡", "louyz": "楼雨泽",
    "F2087": "范立峰", "D10342": "杜宏伟", "8821": "晋文华",
    # dev49
    "anna.kowalska@corp.com": "柯安娜", "piotr.nowak@corp.com": "诺彼得", "wuhq2": "吴海清", "zhengyl": "郑雨林",
    "K30418": "谷振东", "K30522": "路文娟", "baixy": "白晓燕", "E60231": "尤志鹏",
    "zara.h": "胡莎拉",
    # dev50
    "fanjq": "范俊泉", "wangsy3": "王诗雨", "tao.j": "陶杰", "ava.w": "王艾娃", "jmarsh": "马家声",
    "zhuyf": "朱逸凡", "lei.zm": "雷志明", "bai.rx": "白若溪", "lin.hao": "林浩", "rhea.k": "康瑞雅",
    "E72031": "蔺海涛", "E72118": "车小茜",
    # dev51
    "wenlq": "温丽琴", "kuang.yt": "匡毅涛", "pangsj01": "庞书杰", "lanyf": "蓝雅芬", "shi.hr03": "石浩然",
    "E81046": "喻立峰", "E81102": "景秀芳", "Z0815": "祝海涛", "30971": "钱振宇",
    # dev52
    "gouxm": "苟向明", "mu.xd": "穆晓丹", "fengyj": "酆雨佳", "ji.hb": "姬海波", "E55210": "邬振华", "E55347": "桓秀英",
    "G0231": "阳春晓", "G0417": "蒲德强", "HG2031": "邸明辉", "HG2077": "仝丽萍",
    # dev53
    "dongpy": "董鹏宇", "gaoyf": "高逸飞", "hanxr.sh": "韩晓蕊", "jiang.mh": "蒋明华", "kongdl": "孔德林",
    "lihua.bj": "李华", "E53012": "邓建民", "K53107": "冷海霞", "E53088": "古晓东", "E53231": "吕佩珊",
    "K53140": "鲍志远",
    # dev55
    "u_10293": "柴立恒", "u_10417": "施若楠", "sh-zhangyi": "张毅", "sh-luoqi": "罗琦", "JX-2207": "贾振东",
    "JX-2315": "靳慧敏", "EMP-00318": "沈立言", "EMP-00402": "彭晓岚", "bj_guoqin": "郭勤", "bj_caolin": "曹琳",
    "u_20931": "翁嘉树", "u_20876": "詹可馨", "S30155": "倪建华", "S30762": "左思源",
    "aierken.tuerxun": "艾尔肯·吐尔逊",  # not written in dev55: a userid without the middle dot
    # dev54
    "xunjy": "荀佳音", "qiu.ym": "裘一鸣", "jinsq02": "晋思琪", "chaoly": "巢立勇", "shou.zg": "寿志刚",
    "E54017": "杭雨萌", "P54233": "习嘉怡", "54190": "欧晓鸥",
    # dev56
    "ops.lvjing": "吕静", "gz.hemin": "何敏", "cs_zhangrui2": "张睿", "live_tangmo": "唐墨",
    "XM-0318": "许美娟", "XM-0422": "颜志坚", "660213": "温立东", "660298": "涂晓玲",
    # dev57
    "bk.renqiao": "任巧", "bk.zhanfang": "占芳", "771204": "项东明", "771388": "柏子涵",
    # dev58
    "kd_lishan": "李珊", "kd_zhoupei": "周佩", "880512": "冯建业", "880637": "韩秀梅", "DV-0721": "董维安",
    # dev59
    "tr_kanjia": "阚佳", "tr_mubai": "穆白", "sx_moyan": "莫雁", "sx_guli": "古黎", "513086": "贺青松",
    "513207": "闵晓禾", "920347": "葛星澜", "920512": "庄雨禾",
    # dev60
    "lin.qiaoyu": "林巧玉", "zhen.hao": "甄浩", "H30518": "宗立伟", "H30772": "郜雪晴", "wh_ganlu": "甘露",
    # dev61
    "bx_nangongy": "南宫瑶", "tea_xunlf": "郇丽芳", "mj_sikongyue": "司空玥", "610254": "蹇东来", "E61093": "东郭敏",
    # dev62
    "pm_yanqc": "晏秋池", "pm_xiazhi": "夏至", "620418": "覃永康", "620533": "蒙光荣", "E62107": "卜凡",
    "E62215": "甘秋露",
    # dev63
    "rc_naixc": "佴小川", "swim_kangjg": "亢建国", "630118": "雒海燕", "E63027": "菅志刚",
    # dev64
    "yg_yushi": "于是", "dd_qidiaoli": "漆雕立", "jk_chaozm": "晁子墨", "jk_hanlj": "撖立军", "640318": "勾新",
    "640527": "菅丽娜", "E64102": "蓟东辉",
    # dev65
    "yl_hebi": "何必", "yl_zuoqiul": "左丘岚", "mg_maoli": "毛利", "hf_renyi": "任意", "hf_wennuan": "温暖",
    "650214": "矫建平", "E65107": "桑榆",
    # dev66
    "hs_xiyh": "郗雨涵", "hs_chiqing": "池清", "ev_shuaixy": "帅小勇", "660215": "訾国梁", "660318": "羊舌宁",
    "E66071": "乜春燕",
    # dev68
    "bt_qiguanx": "亓官雪", "kb_fengsq": "酆素琴", "sf_xixt": "奚小棠", "680317": "韦振钢", "680452": "覃桂兰",
    "E68019": "廖春娣",
    # dev67
    "zt_qiguany": "亓官宇", "vm_baolx": "暴立新", "cy_jiagl": "夹谷兰", "E67031": "井立伟", "670559": "苏丽娥",
    # dev70
    "bx_tuobaj": "拓跋杰", "cf_gongyan": "宫琰", "lin_chunhui": "蔺春晖", "700318": "符晓东", "E70452": "栾婷",
}
# look-alikes that must never be picked for the members above: (name, status)
DISTRACT = {
    "dev3": [("宋雨乔", 1), ("沈一明", 1), ("韩冬", 1), ("蔡敏", 5), ("曹莉", 1), ("姚媛", 1), ("高敏", 1)],
    "dev4": [("邵婷", 1), ("秦兰", 1), ("任天", 1), ("易萌", 1), ("孟帆", 1), ("顾一凡", 1), ("安晶", 1)],
    "dev5": [("丁一帆", 1), ("魏莱", 1), ("柳青", 1), ("罗嘉豪", 1), ("尹小", 1), ("高珊", 1), ("何毕", 1)],
    "dev6": [("钱小东", 1), ("周凝", 1), ("吴笛", 1), ("郑楷", 1), ("冯宇", 1), ("沈莉", 1), ("安冉", 1)],
    "dev7": [("黎志敏", 1), ("区家欣", 1), ("胡洋", 1), ("贝蓓", 1), ("宁晶", 1), ("房蕾", 1), ("周默", 1)],
    "dev8": [("袁丽", 1), ("戚薇", 1), ("岳芸", 1), ("窦文韬", 1), ("蓝田", 1), ("白芸", 1), ("周道", 1)],
    "dev9": [("柏扬", 1), ("邬茜", 1), ("桂琳", 1), ("沃尔夫", 1), ("白诺", 1), ("蔡文", 1), ("顾瑞", 1)],
    "dev10": [("石蕾", 1), ("梅岚", 1), ("竹清", 1), ("林爱米", 1)],
    "dev11": [("唐雯", 1), ("徐月", 1), ("汤文", 1)],
    "dev12": [("王洋", 1), ("魏东", 1), ("汪阳", 1), ("冼嘉豪", 1)],
    "dev13": [("阎峰", 1), ("罗佳", 1)],
    "dev14": [("金鑫鑫", 1), ("卓悦", 1)],
    "dev15": [("洪量", 1), ("翟晶", 1)],
    "dev16": [("张靓", 1), ("陈珉", 1)],
    "dev17": [("邹小雯", 1), ("麦子剑", 1)],
    "dev18": [("孔敏", 1), ("周宇", 1)],
    "dev19": [("苏文波", 1), ("秦亚", 1)],
    "dev20": [("万一明", 1), ("周一明", 1)],
    "dev21": [("任莉", 1), ("潘克", 1)],
    "dev22": [("程昊", 1), ("余敏", 1)],
    "dev23": [("闵惠", 1), ("隋墙", 1)],
    "dev24": [("王芳", 1), ("孙磊", 1), ("彭皓", 1)],
    "dev25": [("简凝", 1), ("屈昊", 1)],
    "dev26": [("梁辰", 1), ("杜若若", 1)],
    "dev27": [("叶辰", 1), ("邓嘉", 1)],
    "dev28": [("孙伟", 1)],
    "dev29": [("石流", 1), ("苏沐", 1)],
    "dev30": [("江露", 1)],
    "dev31": [("康凝", 1), ("戴鑫", 1)],
    "dev32": [("卢林", 1)],
    "dev33": [("顾岚", 1)],
    "dev34": [("肖然", 1)],
    "dev35": [("邱娜", 1)],
    "dev36": [("张三", 1)],
    "dev37": [("方玲", 1), ("蒋文", 1), ("侯俊洁", 1), ("付蔷", 1), ("郗朝", 1), ("常清", 1),
              ("叶文雯", 5), ("谭永", 1)],
    "dev38": [("郑海滔", 1), ("苗雨新", 1), ("贺建君", 5), ("石蕾", 1), ("焦丽", 1), ("柯骏", 1),
              ("韦丽新", 5), ("林怡军", 1), ("金瑞球", 1), ("黄伟克", 1)],
    "dev39": [("孙建萍", 1), ("刘晓眉", 1), ("夏侯鸣", 5), ("陈丽", 1), ("高锋", 1), ("白雪梅", 1),
              ("林海峰", 1), ("邵婕", 1), ("廖雪玫", 5), ("周泉", 1)],
    "dev40": [("黄振雨", 1), ("冯小蕾", 1), ("邹家慧", 1), ("谭国青", 5), ("司徒建", 1), ("欧阳茜", 1),
              ("程旭", 1), ("于时", 1), ("贺利军", 1), ("白洋", 1)],
    "dev41": [("缑丽春", 1), ("靳秋", 1), ("海艳", 1), ("乜春笙", 5), ("暨建军", 1), ("绳洪梅", 1),
              ("闾丘晨", 1), ("瞿美风", 1), ("那小光", 1), ("鄂长琳", 5), ("朝洋", 1), ("麦家欣", 1)],
    "dev42": [("石晓东", 1), ("邝敏", 1), ("东方明月", 1), ("江帆", 1), ("郁小峰", 1), ("查文彬", 1),
              ("卞雪棋", 1), ("宋家怡", 5), ("林德铭", 5), ("齐欣", 1), ("滕菲", 1), ("向倩", 1)],
    "dev43": [("卞小峰", 1), ("芮辰", 1), ("关欣", 1), ("严述", 5), ("甄欣", 1), ("和莉娜", 1),
              ("梁志浩", 1), ("段金风", 1), ("雍韬", 5), ("龙秀瑛", 1), ("吴子尧", 1), ("阙虹", 1)],
    "dev44": [("司马军", 1), ("长孙磊", 1), ("禤志鸣", 1), ("符平", 1), ("熊广明", 1), ("涂胜力", 5),
              ("巴特", 1), ("郄文晶", 1), ("乌兰", 5), ("宗政昊", 1), ("邰晴", 1), ("姚嘉欣", 1)],
    "dev45": [("虞佳", 1), ("蔚燃", 1), ("严革", 1), ("管立", 1), ("陈树", 1), ("徐诺", 1), ("郄建中", 5),
              ("王柯", 1), ("林音", 1), ("刘阳", 5), ("冀长清", 1), ("马秀岚", 1)],
    "dev46": [("郝建君", 1), ("温智刚", 1), ("翁泽新", 1), ("纪佩怡", 1), ("柯楚雯", 1), ("马尚", 1),
              ("古丽娜", 5), ("钱劲", 1), ("宁婧", 1), ("庹欣宇", 1), ("谷梁宇", 1), ("余升", 5)],
    "dev_roles": [("包楷", 1), ("闻晶", 1), ("尚雨青", 1)],
    "dev47": [("孙佳新", 1), ("邱逸帆", 1), ("王晓榕", 1), ("赵雨亭", 5), ("李佳琦", 1), ("徐梦遥", 1),
              ("陈美琳", 1), ("吴子轩", 1), ("沈若溪", 5), ("洪怡玲", 1), ("赵明玉", 1)],
    "dev48": [("葛思远", 1), ("蔺文波", 1), ("佘小雯", 1), ("覃美琳", 1), ("寇振羽", 1), ("上官婉青", 5),
              ("皇甫铭哲", 1), ("申屠皓", 1), ("麦咏思", 1), ("陈冠雨", 5), ("粘海英", 1), ("郦雅亭", 1)],
    "dev49": [("龚晓佩", 1), ("欧阳子默", 1), ("郝佳", 1), ("揭红玫", 1), ("阚明元", 5), ("覃思源", 1),
              ("仉子寒", 1), ("聂勇康", 1), ("冼智伟", 5), ("王莉莉", 1), ("郑雨琳", 1)],
    "dev50": [("欧阳磊", 1), ("郗志卫", 1), ("鞠文", 1), ("晏紫琪", 1), ("公孙悦", 1), ("滕宇", 1), ("聂恬恬", 1),
              ("蓝欣悦", 1), ("司徒家明", 5), ("区志浩", 5), ("甘永平", 1), ("扎西顿珠", 1)],
    "dev51": [("逄立东", 1), ("笪玉杰", 1), ("昝晓萌", 1), ("诸葛文兰", 1), ("夏添", 1), ("田冶", 5),
              ("庞思淇", 1), ("隗振冬", 1), ("骆咏强", 5), ("慕容晓云", 1), ("许丽姣", 1), ("谈晓", 1)],
    "dev52": [("宇文亭", 1), ("帅剑", 1), ("栾心", 1), ("危莉娟", 1), ("翦春艳", 1), ("谯晓川", 5), ("佟大卫", 1),
              ("夏侯洁", 5), ("邴雅棋", 1), ("澹台雪梅", 1), ("眭小鹏", 1), ("厍大永", 1)],
    "dev53": [("綦小燕", 1), ("訾文莹", 1), ("茆嘉豪", 1), ("端木清", 1), ("尉迟浩", 1), ("令狐佳", 5), ("马大", 1),
              ("甘路", 1), ("景春花", 5), ("石田健一", 1), ("童嘉颖", 1), ("忻海鹰", 1)],
    "dev55": [("冒新然", 1), ("逯子杭", 1), ("满春艳", 1), ("厉洪梅", 5), ("辛晓冬", 1), ("郜振雨", 1),
              ("淳于钢", 1), ("桑雨轩", 1), ("寿嘉", 5), ("宫安冉", 1), ("融立华", 1), ("巩帆", 1)],
    "dev54": [("霍嘉俊", 1), ("卢凯玲", 1), ("琚婉青", 1), ("恽海隆", 5), ("程渡", 1), ("文璋", 1), ("次仁旺堆", 1),
              ("朴成喆", 1), ("晋思淇", 1), ("江虎", 1), ("迪丽努尔", 5), ("鱼丽桦", 1)],
    "dev56": [("司楠", 1), ("哥舒兰", 1), ("季杰", 1), ("方洲", 1), ("路贤", 1), ("余娥", 1), ("华满楼", 5),
              ("都小鹏", 1), ("容予", 1), ("白露", 1), ("乔安冉", 1), ("力文韬", 5)],
    "dev57": [("即墨晨", 1), ("仵婷", 1), ("睢振桦", 1), ("弘义", 1), ("羌迪", 1), ("印像", 5), ("牧戈", 1),
              ("须智", 1), ("乙芳", 1), ("寸欣", 1), ("虢文涛", 5), ("战小兰", 1)],
    "dev58": [("祝芙", 1), ("水萍", 1), ("隋静冉", 1), ("邬小川", 1), ("栗梦遥", 1), ("伞文波", 1),
              ("弓雅芹", 1), ("饶思源", 5), ("相里明宣", 1), ("耿志", 1), ("连成", 1), ("庞晓文", 5)],
    "dev59": [("阚雨桐", 1), ("巫马晴", 1), ("郦淑瑶", 1), ("禹长赓", 1), ("蒙甜甜", 1), ("贲智远", 5),
              ("骆星尘", 1), ("宗正雪", 1), ("欧冶明", 1), ("朴智银", 1), ("林思文", 1), ("殷悦乐", 5)],
    "dev60": [("甘堂", 1), ("谷粱策", 1), ("钭一明", 1), ("冼德鸣", 1), ("濮阳曼", 1), ("鄂天明", 1),
              ("蓝一舟", 1), ("封晓", 5), ("伍嘉豪", 1), ("冀东辰", 1), ("仉子建", 5), ("司马毅", 1)],
    "dev61": [("冉国栋", 1), ("公冶晨", 1), ("文明", 1), ("晏飞", 1), ("第五庭", 1), ("郇丽方", 5), ("万俟清", 1),
              ("赫连硕", 1), ("禚铭", 5), ("缪静宜", 1), ("蹇东莱", 1), ("百里红", 1)],
    "dev62": [("程功", 1), ("江楠", 1), ("马红梅", 1), ("鄺美玲", 1), ("万里", 1), ("易明", 1), ("缪晓凡", 1),
              ("解春艳", 5), ("夏志", 1), ("安燃", 1), ("石光", 1), ("郇丽军", 5), ("高山", 1)],
    "dev63": [("甄秀兰", 1), ("宝音", 1), ("南雪", 1), ("向冬", 1), ("乌兰图雅", 1), ("公良平", 1), ("东里红", 1),
              ("仲孙强", 1), ("雒海艳", 1), ("宫长青", 1), ("靳晓光", 1), ("子车敏", 1), ("独孤仪", 5), ("竺晓玫", 5)],
    "dev64": [("于适", 1), ("竺可馨", 1), ("扈春升", 1), ("拓拔雪", 1), ("姜大伟", 1), ("欧阳樱", 1), ("江山", 5),
              ("晁子默", 5), ("呼延彻", 1), ("黎铭", 1), ("方政", 1), ("佴文波", 5), ("公良钰", 1), ("蓟东辉", 1)],
    "dev65": [("公西茂", 1), ("齐新", 1), ("黃綺雯", 1), ("籍文彬", 5), ("乐正娅", 1), ("周荃", 1), ("毛莉", 1),
              ("何弼", 5), ("马立", 1), ("颛孙英", 1), ("梁丘波", 1), ("左丘蓝", 5), ("白云", 1)],
    "dev66": [("郁金湘", 1), ("温鑫", 1), ("鲜于方", 1), ("蔺小峰", 1), ("邝国栋", 1), ("长孙燕", 1), ("周建华", 1),
              ("申鸣", 1), ("付青", 5), ("逯晓冬", 5), ("厍立欣", 1), ("澹台星荷", 1), ("高原", 5), ("童欣", 1)],
    "dev68": [("马成龙", 1), ("曾静", 1), ("司寇燕", 1), ("袁志刚", 1), ("蔡丽萍", 1), ("封鼎", 1), ("莫菲", 5),
              ("亓官薛", 5), ("微生明媛", 1), ("甘恬", 1), ("郏卫冬", 5), ("温秀瑛", 1), ("奚晓棠", 1), ("和平", 5)],
    "dev67": [("贺一鸣", 1), ("阮立峰", 1), ("沈巧", 1), ("尤丽", 1), ("陈君", 1), ("卓立群", 1), ("蒋小斌", 1),
              ("区志明", 1), ("梁咏诗", 1), ("巩立新", 1), ("杭晨", 5), ("缪嘉", 1), ("顾佳明", 1), ("杨丽清", 1),
              ("向前", 5)],
    "dev70": [("寇小军", 1), ("胡月", 1), ("桂春生", 1), ("司马宏伟", 1), ("阮秀英", 1), ("晏飞", 1), ("邱嘉乐", 1),
              ("巫小龙", 1), ("沈丽华", 1), ("卫星", 1), ("乐晓东", 5), ("司徒恺", 5), ("郝佳", 1), ("权卫冬", 1),
              ("党晓锋", 5), ("向阳", 5)],
}
T2S = opencc.OpenCC("t2s")  # 翟靜 and 翟静 are one member
HAN = re.compile(r"^[\u3400-\u9fff]{2,4}$")
# names written with a voice-input typo (the member is 陆瑶): labelled as written, not members
# (and nicknames, which are not members' names either)
TYPOS = {"路瑶", "月云", "七薇薇", "徐月", "唐总", "徐经理", "老唐", "小徐", "麦子建", "老王", "小李", "王总", "李姐",
         "小陈", "阿强", "张哥", "刘老师", "大乔", "小乔", "老蒯", "秀美姐", "岑总", "阿福",
         "小涂", "光明", "尕李", "老郝", "二虎", "小卢",
         "钟老师", "小谭", "罗经理", "蒋主任", "老符", "小雷", "卢科长", "小伍",
         "小衣", "老练", "阿坤", "小蒙", "老樊", "阿辉",
         "小满", "老甘", "龚姐", "阿芬",
         "老浑", "小睢", "战哥", "阿寸",
         "老弓", "小隋", "栗姐", "匡总",
         "老墨", "小巫",
         "岳正雅"}  # dev65: 乐正雅 as a voice transcript heard it


def main() -> None:
    names: dict[str, None] = {}
    english_map = {**ENGLISH, **ENGLISH_OF_ROUND.get(STEM, {})}
    folded: dict[str, str] = {}  # simplified spelling -> the first spelling written
    for line in (HERE / f"{STEM}.jsonl").read_text(encoding="utf-8").splitlines():
        slots = json.loads(line)["slots"]
        values = [slots.get(key) for key in ("handover", "takeover", "member", "successor", "groups_to")]
        for value in values + list(slots.get("takeovers", [])):  # a split handover's receivers too
            if not isinstance(value, str):
                continue
            if value in english_map:
                names[english_map[value]] = None
            elif value in USERIDS:
                names[USERIDS[value]] = None
            elif HAN.match(value) and value not in TYPOS:
                folded[T2S.convert(value)] = folded.get(T2S.convert(value), value)
    for written in folded.values():
        names[written] = None
    english: dict[str, str] = {}  # the fullest English name is english_name, a shorter one the alias
    alias: dict[str, str] = {}
    for en, zh in english_map.items():
        if re.search(r"[A-Za-z]", en) and re.search(r"[\u3400-\u9fff]", en):
            continue  # "Kou Jingyi 寇静怡", both scripts as written: a mention, not the english_name
        if " " not in en.strip() and zh in english:
            alias[zh] = en
        elif len(en) > len(english.get(zh, "")):
            english[zh] = en
    by_name = {zh: uid for uid, zh in USERIDS.items() if not uid.startswith("T0")}
    members, used = [], set()
    for no, name in enumerate(sorted(names)):
        # a member keeps one userid; 邱志强/蔡敏 also answer to the T-numbers written in dev3
        userid = by_name.get(name) or "".join(lazy_pinyin(name))  # (a WeCom userid keeps its case)
        while userid in used:
            userid += "2"
        used.add(userid)
        member = {"userid": userid, "name": name, "department": [2 + no % 6], "status": 1}
        if name in english:
            member["english_name"] = english[name]
        if name in alias:
            member["alias"] = alias[name]
        members.append(member)
    for no, (name, status) in enumerate(DISTRACT[STEM]):
        userid = "".join(lazy_pinyin(name)) + f"x{no}"
        members.append({"userid": userid, "name": name, "department": [3], "status": status})
    text = json.dumps(members, ensure_ascii=False, indent=0) + "\n"
    (HERE / f"{STEM}_directory.json").write_text(text, encoding="utf-8")
    print(len(members), "members")


if __name__ == "__main__":
    main()
