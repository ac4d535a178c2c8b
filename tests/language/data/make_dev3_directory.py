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
    # dev69 (Nova Scotia, Newcastle NSW, Glasgow, Kenyan, Rwandan, Hong Kong, Penang, Québécois, US CFO and pinyin
    # names; full names before the one-word forms a message uses, mentions or rules out; Xuanyuan Jing, Ji Wentao
    # and Chong Guoqing are also written in characters)
    "Angus MacIsaac": "麦安格", "Colleen Boutilier": "布柯琳", "Rory MacNeil": "麦罗里", "Shauna Hatt": "哈肖娜",
    "Darrell Zwicker": "茨达瑞", "Corey Kellett": "凯科瑞", "Tahnee Rowlings": "罗塔妮", "Jarrod Kemp": "肯贾罗",
    "Lachlan Reid": "里拉克", "Keely Tate": "泰基莉", "Mitch Carroll": "卡米奇", "Gregor Paterson": "帕格雷",
    "Siobhan Docherty": "多希雯", "Morag Cairns": "凯莫拉", "Kenny McGarvie": "麦肯尼", "Will Baird": "贝威尔",
    "Will Forsyth": "福威尔", "Dawn Gillies": "吉道恩", "Nyambura Githinji": "尼扬布", "Odhiambo Owino": "奥迪安",
    "Mercy Achieng": "阿默西", "Brian Kiprotich": "基布莱", "Brian Kiplagat": "基拉加",
    "Jean-Paul Habimana": "哈让保", "Aline Uwase": "乌阿琳", "Claudine Mukamana": "穆克洛",
    "Eric Nshimiyimana": "希埃里", "Divine Ingabire": "英迪维", "Olivier Mugisha": "穆奥利", "Yoyo Kwan": "关悠悠",
    "Jaden Lo": "卢俊庭", "Hazel Cheuk": "卓希澄", "Marco Poon": "潘文谦", "Chloe Tsui": "徐嘉欣",
    "Ooi Bee Lian": "黄美莲", "Khoo Teng Hock": "邱定福", "Cheah Mei Ling": "谢美玲", "Yeoh Kah Wai": "杨嘉伟",
    "Saw Li Ying": "苏丽英", "Quah Boon Keat": "柯文吉", "Lim Chee Keong": "林志强", "Teoh Soo Lin": "张素琳",
    "Benoît Charest": "沙伯努", "Sylvie Thibodeau": "蒂西尔", "Marie-Ève Lachance": "拉玛丽", "Maxime Côté": "科马克",
    "Julien Fortier": "福朱廉", "Garrett Holm": "霍加勒", "Pauline Fenn": "芬宝琳", "Nadia Farouk": "法纳迪",
    "Xuanyuan Jing": "轩辕静", "Ji Wentao": "嵇文涛", "Chong Guoqing": "种国庆",
    "Darrell": "茨达瑞", "Tahnee": "罗塔妮", "Jarrod": "肯贾罗", "Odhiambo": "奥迪安", "Lachlan": "里拉克",
    "Keely": "泰基莉", "Corey": "凯科瑞", "Cheah": "谢美玲", "Ooi": "黄美莲", "Jaden": "卢俊庭", "Divine": "英迪维",
    "Aline": "乌阿琳", "Khoo": "邱定福",
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
    # dev71 (Australian, Cape Town, Welsh-valleys, Shetland, Hong Kong, Sabah, Tamil Nadu, New Zealand, Irish,
    # Québécois, word-like and pinyin names; full names before the one-word forms a message uses or rules out;
    # Wenren Fang is also written in characters; Sian, ruled out for another Sian, is no alias)
    "Trent Ballard": "巴伦特", "Kirk Dunstan": "邓柯克", "Shaun Mabbott": "马肖恩", "Brooke Strahan": "斯布露",
    "Jodie Pitcher": "皮乔迪", "Faldiela Davids": "戴法蒂", "Riaan Fourie": "傅里安", "Yusuf Salie": "萨优福",
    "Candice Jacobs": "雅坎迪", "Ashwin Adams": "亚阿什", "Lucky Mthembu": "滕乐奇", "Aled Bowen": "鲍阿勒",
    "Nia Powell": "包尼娅", "Gareth Llewellyn": "卢加雷", "Sian Jenkins": "詹夏恩", "Rhys Bevan": "贝里斯",
    "Lowrie Nicolson": "尼劳里", "Ina Halcrow": "霍伊娜", "Osla Mouat": "穆奥丝", "Jeemie Manson": "曼吉米",
    "Ertie Jamieson": "杰尔蒂", "Terence Ho": "何德伦", "Phoebe Lai": "黎菲比", "Raymond Chiu": "赵伟文",
    "Gloria Tsang": "曾家琪", "Connie Yau": "邱康妮", "Faizal Sahari": "沙费萨", "Rosalind Gaban": "加罗莎",
    "Juhin Ambrose": "安朱欣", "Alvin Gumpil": "甘阿文", "Mary Lojuni": "罗玛丽", "Karthik Raja": "拉卡提",
    "Revathi Balu": "巴蕾瓦", "Vignesh Sundaram": "孙维涅", "Lakshmi Venkatesan": "文拉克", "Senthil Kumar": "库森蒂",
    "Murugan Selvam": "塞穆鲁", "Blair Kershaw": "柯布莱", "Hamish Lobb": "洛哈米", "Mereana Paewai": "派梅瑞",
    "Craig Fulton": "富克雷", "Gráinne Fahy": "法格兰", "Clodagh Moran": "莫克洛", "Nuala Tierney": "蒂努拉",
    "Ciara Hennessy": "亨琪娅", "Orlaith Begley": "贝奥莱", "Réjean Gagné": "加雷让", "Stéphane Dufour": "杜斯特",
    "Ginette Lapointe": "拉吉妮", "Marc-André Poirier": "普马克", "Sylvain Bergeron": "贝西尔", "Rich Fang": "方瑞奇",
    "Chance Wu": "吴强斯", "Wenren Fang": "闻人芳",
    "Trent": "巴伦特", "Shaun": "马肖恩", "Riaan": "傅里安", "Gloria": "曾家琪", "Phoebe": "黎菲比", "Craig": "富克雷",
    "Nuala": "蒂努拉", "Mary": "罗玛丽", "Lowrie": "尼劳里", "Jeemie": "曼吉米", "Ertie": "杰尔蒂", "Réjean": "加雷让",
    "Stéphane": "杜斯特", "Candice": "雅坎迪", "Faizal": "沙费萨", "Ina": "霍伊娜",
    # dev72 (Ivorian, Botswanan, Ilocano, Oklahoman, Mancunian, Albertan, Bangladeshi, Korean-American and pinyin
    # names; full names before the one-word forms a message uses or rules out; Ji Shuang, Zhongli Wanqing and
    # Gongsun Mingyue are also written in characters)
    "Koffi Kouassi": "夸科菲", "Adjoua Konan": "科阿珠", "Yao N'Guessan": "恩盖姚", "Serge Gnagbo": "尼塞吉",
    "Ange Yapi": "雅安婕", "Awa Coulibaly": "库阿娃", "Mamadou Traoré": "特马杜", "Aya Kouamé": "夸阿雅",
    "Bakary Ouattara": "瓦巴卡", "Yannick Dago": "达雅尼", "Tumelo Sebego": "塞图莫", "Lesego Kgosi": "柯乐瑟",
    "Gift Molefe": "莫吉夫", "Kabelo Seretse": "塞卡贝", "Boitumelo Ntshole": "恩博伊", "Mpho Dintwe": "丁姆福",
    "Neo Ramotswa": "拉尼奥", "Tshepo Kgari": "卡采波", "Reynaldo Agbayani": "阿雷纳", "Cherry Lagmay": "拉雪莉",
    "Marites Pascua": "帕玛瑞", "Jomar Tabangcura": "塔乔马", "Rodel Ramos": "拉罗德", "Analyn Duldulao": "杜安琳",
    "Dusty Rainwater": "雷达斯", "Colt Haney": "韩柯尔", "Brandy Tillman": "蒂布兰", "Cassidy Nunn": "农卡茜",
    "Lonnie Tackett": "塔朗尼", "Bo Tackett": "塔博文", "Randy Pruett": "普兰迪", "Kieran Heywood": "海基兰",
    "Chelsea Ogden": "奥切尔", "Dean Fletcher": "弗迪恩", "Shaz Whitworth": "惠莎兹", "Liam Royle": "罗利安",
    "Tasha Openshaw": "欧塔霞", "Ryan Boardman": "博瑞恩", "Wade Hryciuk": "赫韦德", "Tanis Melnyk": "梅塔妮",
    "Kaylee Sawchuk": "索凯莉", "Shannon Podgurny": "波珊农", "Brett Kowalchuk": "科布瑞",
    "Mizanur Rahman": "拉米赞", "Sabbir Hossain": "侯萨比", "Sharmin Sultana": "苏沙敏", "Farzana Yeasmin": "叶法扎",
    "Kamrul Hasan": "哈卡姆", "Shahnaz Parvin": "帕莎娜", "Minjun Cho": "赵敏俊", "Hyejin Lim": "林惠珍",
    "Eunji Shin": "申恩智", "Daniel Baek": "白丹尼", "Jisoo Han": "韩知秀", "Sora Kwon": "权素拉",
    "Ji Shuang": "戢爽", "Zhongli Wanqing": "钟离晚晴", "Gongsun Mingyue": "公孙明月",
    "Koffi": "夸科菲", "Adjoua": "科阿珠", "Ange": "雅安婕", "Tumelo": "塞图莫", "Rodel": "拉罗德", "Dusty": "雷达斯",
    "Colt": "韩柯尔", "Liam": "罗利安", "Tanis": "梅塔妮", "Kaylee": "索凯莉", "Mizanur": "拉米赞", "Sharmin": "苏沙敏",
    "Hyejin": "林惠珍", "Eunji": "申恩智", "Sora": "权素拉",
    # dev73 (Kochi, Ahmedabad, Addis Ababa, Dakar, Casablanca and pinyin names; full names before the one-word
    # forms a message uses, addresses or rules out; the two Dawits get no one-word form; Wei Fengnian, zhe lihua
    # and pu chunyan are also written in characters)
    "Jijo Varghese": "瓦吉乔", "Anju Thomas": "托安珠", "Bineesh Kuriakose": "库比尼", "Reshma Nair": "奈瑞诗",
    "Shibu Mathew": "马希布", "Sreeja Pillai": "皮斯瑞", "Hetal Patel": "帕海塔", "Hiral Patel": "帕希拉",
    "Jignesh Shah": "沙吉内", "Nirali Desai": "德妮拉", "Bhavesh Parikh": "帕巴维", "Foram Mehta": "梅芙兰",
    "Tesfaye Bekele": "贝特斯", "Meron Alemu": "阿梅伦", "Selamawit Girma": "吉塞拉", "Dawit Haile": "海达维",
    "Dawit Alemu": "阿达维", "Hirut Tadesse": "塔希露", "Yonas Mekonnen": "梅约纳", "Ousmane Ndiaye": "恩乌斯",
    "Fatou Sarr": "萨法图", "Cheikh Fall": "法谢赫", "Babacar Sow": "索巴巴", "Ndeye Faye": "法恩黛",
    "Moussa Gueye": "盖穆萨", "Khady Mbaye": "姆卡迪", "Ayoub El Amrani": "阿尤布", "Khadija Benali": "本卡蒂",
    "Driss Tazi": "塔德里", "Salma Bennani": "本萨玛", "Mehdi Alaoui": "阿迈赫", "Zineb Chraibi": "查齐娜",
    "Wei Fengnian": "韦丰年", "zhe lihua": "者丽华", "pu chunyan": "普春燕",
    "Jijo": "瓦吉乔", "Anju": "托安珠", "Reshma": "奈瑞诗", "Sreeja": "皮斯瑞", "Hetal": "帕海塔", "Hiral": "帕希拉",
    "Jignesh": "沙吉内", "Nirali": "德妮拉", "Bhavesh": "帕巴维", "Foram": "梅芙兰", "Tesfaye": "贝特斯",
    "Meron": "阿梅伦", "Selam": "吉塞拉", "Hirut": "塔希露", "Yonas": "梅约纳", "Ousmane": "恩乌斯", "Fatou": "萨法图",
    "Cheikh": "法谢赫", "Babacar": "索巴巴", "Ndeye": "法恩黛", "Moussa": "盖穆萨", "Khady": "姆卡迪",
    "Ayoub": "阿尤布", "Khadija": "本卡蒂", "Driss": "塔德里", "Salma": "本萨玛", "Mehdi": "阿迈赫", "Zineb": "查齐娜",
    # dev76 (Pittsburgh, Antiguan, Haitian, Monterrey, Medellín and pinyin names; full names before the one-word
    # forms a message uses or rules out; guan jian and teng wenbo are also written in characters)
    "Rege Lipinski": "李雷吉", "Walt Kubiak": "库沃特", "Donnie Slivka": "斯唐尼", "Dolly Bucci": "布多莉",
    "Gino Santangelo": "桑吉诺", "Marlo Mrozek": "莫玛洛", "Kenroy Spencer": "斯肯罗", "Kerry-Ann Simon": "西凯丽",
    "Shawnette Christian": "克肖内", "Prince Francis": "弗普林", "Elvis Edwards": "爱埃维",
    "Wilner Dorsainvil": "多威纳", "Nadège Célestin": "塞娜黛", "Magalie Saint-Fleur": "圣玛加",
    "Jean-Robert Pierre-Louis": "皮让罗", "Fabiola Estimé": "艾法比", "Bienaimé Toussaint": "图比安",
    "Rogelio Garza": "加罗赫", "Socorro Garza": "加索珂", "Yesenia Treviño": "特叶塞", "Chuy Cantú": "坎丘伊",
    "Mercedes Elizondo": "埃梅赛", "Homero Leal": "莱奥梅", "Manuela Restrepo": "雷曼努", "Camilo Restrepo": "雷卡米",
    "Alejo Ospina": "奥阿莱", "Luisa Zuluaga": "祖路易", "Paula Zapata": "萨葆拉",
    "guan jian": "关键", "teng wenbo": "滕文博",
    "Rege": "李雷吉", "Dolly": "布多莉", "Gino": "桑吉诺", "Kenroy": "斯肯罗", "Kerry-Ann": "西凯丽",
    "Shawnette": "克肖内",
    "Prince": "弗普林", "Elvis": "爱埃维", "Wilner": "多威纳", "Nadège": "塞娜黛", "Jean-Robert": "皮让罗",
    "Rogelio": "加罗赫", "Socorro": "加索珂", "Chuy": "坎丘伊", "Mercedes": "埃梅赛", "Manuela": "雷曼努",
    "Camilo": "雷卡米", "Alejo": "奥阿莱",
    # dev75 (Yuen Long, Sarawak, Cambodian, Queensland, Vanuatu and Perth names; full names before the one-word
    # forms a message uses or rules out; Ricky Tang is also written 鄧家樂; Kui Fah is Jong Kui Fah's given name)
    "Karen Man": "文嘉琳", "Ricky Tang": "鄧家樂", "Linggi anak Jabu": "林吉", "Dayang Salmah": "达莎玛",
    "Mering anak Saweng": "萨梅林", "Awang Rosli": "罗阿旺", "Ling Siew Ting": "林秀婷", "Kho Mei Ling": "许美玲",
    "Jong Kui Fah": "钟桂花", "Kui Fah": "钟桂花", "Heng Sreypov": "韩斯宝", "Keo Bopha": "柯宝花",
    "Sok Vannak": "索万纳", "Mao Rithy": "毛里迪", "Ouk Channary": "吴珍娜", "Chhun Piseth": "陈必瑟",
    "Lachie Green": "葛拉奇", "Tegan McVeigh": "麦蒂根", "Brayden Cutts": "卡布雷", "Shanae Kirby": "柯莎奈",
    "Jarrod Pask": "帕贾罗", "Kristy Dunlop": "邓克丽", "Bowen Reilly": "赖博文", "Mitch Vella": "维米奇",
    "Obed Napuat": "纳奥贝", "Serah Tabi": "塔塞拉", "Lily Kalpokas": "卡莉莉", "Johnson Iauko": "尧约翰",
    "Kalo Tevi": "特卡洛", "Jayden Prowse": "普杰登", "Kane Buckley": "巴凯恩", "Rhiannon Cahill": "卡瑞安",
    "Tahnee Brokenshire": "布塔妮",
    "Linggi": "林吉", "Salmah": "达莎玛", "Mering": "萨梅林", "Rosli": "罗阿旺", "Bopha": "柯宝花", "Vannak": "索万纳",
    "Sreypov": "韩斯宝", "Piseth": "陈必瑟", "Lachie": "葛拉奇", "Brayden": "卡布雷", "Kristy": "邓克丽",
    "Bowen": "赖博文", "Mitch": "维米奇", "Serah": "塔塞拉", "Kalo": "特卡洛", "Johnson": "尧约翰", "Lily": "卡莉莉",
    "Jayden": "普杰登", "Rhiannon": "卡瑞安",
    # dev74 (Aberdeen, Dublin, Nottingham, Viennese, Flemish and pinyin names; full names before the one-word forms a
    # message uses or rules out; Nie Zhigang, Yi Man and Guan Yue are also written in characters)
    "Gordon Buchan": "布戈登", "Kirsty Cruickshank": "克柯丝", "Dougie Mearns": "米道吉", "Shona Lumsden": "伦肖娜",
    "Ally Strachan": "斯艾力", "Morag Ritchie": "里莫拉", "Heather Mackie": "麦海瑟", "Fiachra Byrne": "拜菲亚",
    "Saoirse Dunne": "邓瑟莎", "Darragh Kavanagh": "卡达拉", "Niamh Brophy": "布尼芙", "Niamh Tallon": "塔尼芙",
    "Eoin Tallon": "塔欧恩", "Sinead Dowling": "道希娜", "Art Kinsella": "金亚特", "Dale Bramley": "布戴尔",
    "Kerry Hallam": "哈凯丽", "Gary Widdowson": "魏加里", "Michelle Oakley": "奥米雪", "Darren Spowage": "斯达伦",
    "Tony Rowbotham": "罗托尼", "Florian Hofbauer": "霍弗洛", "Verena Pichler": "皮薇蕾", "Stefan Gruber": "格施特",
    "Katharina Moser": "莫卡塔", "Bernhard Leitner": "莱伯恩", "Theresa Wimmer": "温特蕾", "Wolf Haider": "海沃夫",
    "Wouter Peeters": "彼沃特", "Hanne Peeters": "彼汉娜", "Lien Claes": "克丽恩", "Jens Janssens": "扬延斯",
    "Griet Vermeulen": "维格丽", "Joke Mertens": "梅约珂", "Bart Goossens": "古巴特",
    "Nie Zhigang": "聂志刚", "Yi Man": "易满", "Guan Yue": "管乐",
    "Kirsty": "克柯丝", "Dougie": "米道吉", "Shona": "伦肖娜", "Ally": "斯艾力", "Heather": "麦海瑟",
    "Darragh": "卡达拉",
    "Art": "金亚特", "Dale": "布戴尔", "Kerry": "哈凯丽", "Gazza": "魏加里", "Darren": "斯达伦", "Tony": "罗托尼",
    "Stefan": "格施特", "Kathi": "莫卡塔", "Bernhard": "莱伯恩", "Wolf": "海沃夫", "Wouter": "彼沃特", "Lien": "克丽恩",
    "Griet": "维格丽", "Joke": "梅约珂",
    # dev77 (Riyadh, Erbil, Baku, Tashkent and Bishkek names and the pinyin Hong Tao/Lu Tong/Yi Ran; full names
    # before the one-word forms a message uses, mentions or rules out; the two Dilnozas get no one-word form)
    "Turki Al-Shehri": "谢图基", "Nouf Al-Dosari": "多努芙", "Mishari Al-Otaibi": "欧米沙", "Reem Al-Ghamdi": "甘丽姆",
    "Bandar Al-Zahrani": "扎班达", "Hessa Al-Mutairi": "穆赫莎", "Sultan Al-Subaie": "苏苏坦",
    "Rebwar Hamad": "哈瑞瓦", "Shilan Karim": "卡希兰", "Sherko Mahmoud": "马谢尔", "Hezha Omer": "奥赫扎",
    "Lana Jaff": "贾拉娜", "Kawa Rasul": "拉卡瓦", "Soran Qadir": "卡索伦", "Tural Guliyev": "古图拉",
    "Nigar Hasanova": "哈妮嘉", "Orkhan Babayev": "巴奥罕", "Aytan Huseynova": "侯艾坦", "Rauf Mammadli": "马拉乌",
    "Gunel Safarova": "萨古内", "Dilnoza Rakhimova": "拉迪诺", "Dilnoza Saidova": "赛迪诺", "Sardor Yusupov": "尤萨多",
    "Jasur Tursunov": "图贾苏", "Malika Nazarova": "纳玛丽", "Bekzod Ergashev": "埃别克", "Kamola Umarova": "乌卡莫",
    "Otabek Saidov": "赛奥塔", "Aibek Asanov": "阿艾别", "Aigerim Toktogulova": "托艾格",
    "Cholpon Abdyldaeva": "阿乔蓬", "Bakyt Osmonov": "奥巴克", "Meerim Sydykova": "瑟梅丽", "Ermek Zhumabaev": "朱埃尔",
    "Hong Tao": "洪涛", "Lu Tong": "路通", "Yi Ran": "易燃",
    "Turki": "谢图基", "Nouf": "多努芙", "Mishari": "欧米沙", "Reem": "甘丽姆", "Bandar": "扎班达", "Hessa": "穆赫莎",
    "Rebwar": "哈瑞瓦", "Sherko": "马谢尔", "Hezha": "奥赫扎", "Soran": "卡索伦", "Tural": "古图拉", "Nigar": "哈妮嘉",
    "Orkhan": "巴奥罕", "Aytan": "侯艾坦", "Rauf": "马拉乌", "Sardor": "尤萨多", "Malika": "纳玛丽", "Aibek": "阿艾别",
    "Aigerim": "托艾格", "Bakyt": "奥巴克", "Meerim": "瑟梅丽",
    # dev78 (Osaka, Busan, Novosibirsk, Lviv, Cluj and pinyin names; full names before the one-word forms a message
    # uses or rules out; Nishimura Kenta and Tsuji Ryo are the same members written surname first)
    "Kenta Nishimura": "西村健太", "Yui Okamoto": "冈本结衣", "Shota Fujii": "藤井翔太", "Haruka Morita": "森田遥",
    "Daisuke Kitano": "北野大介", "Mai Nakagawa": "中川麻衣", "Ryo Tsuji": "辻凉", "Nishimura Kenta": "西村健太",
    "Tsuji Ryo": "辻凉", "Park Sungmin": "朴成民", "Park Jiwon": "朴智媛", "Choi Dahye": "崔多惠",
    "Yoon Taeho": "尹泰浩", "Kang Hyunwoo": "姜贤宇", "Jang Minseo": "张敏序", "Son Eunbi": "孙恩菲",
    "Dmitry Sokolov": "索德米", "Anastasia Volkova": "沃娜斯", "Aleksandr Morozov": "莫亚历",
    "Aleksandra Lebedeva": "列萨莎",
    "Igor Belyaev": "别伊戈", "Lyubov Gromova": "格柳芭", "Vera Nikitina": "尼薇拉", "Taras Hnatyshyn": "赫塔拉",
    "Solomiya Kravets": "克索洛", "Ostap Zhuk": "朱奥斯", "Yaryna Boyko": "博雅丽", "Bohdan Fedoriv": "费博丹",
    "Marta Senyk": "谢玛尔", "Ioana Pop": "波尤安", "Sorin Pop": "波索林", "Mihai Moldovan": "莫米哈",
    "Andreea Mureșan": "穆安德", "Horia Bogdan": "博霍里", "Raluca Cîmpean": "坎拉卢",
    "bu yiming": "卜一鸣", "shen xiaoyu": "申晓雨",
    "Fujii": "藤井翔太", "Taeho": "尹泰浩", "Minseo": "张敏序", "Dahye": "崔多惠", "Sungmin": "朴成民",
    "Vera": "尼薇拉", "Igor": "别伊戈",
    # dev79 (Glace Bay, Moncton, Corner Brook, Mobile, Cincinnati, Macanese and pinyin names; full names before the
    # one-word forms a message uses, mentions or rules out; Xu Ke, zhong biao, Cha Li and Kui Lixin are also written
    # in characters)
    "Dougald Beaton": "比道格", "Colleen MacLellan": "麦柯琳", "Ronnie Gillis": "吉罗尼", "Sheila Rankin": "兰希拉",
    "Hughie MacIsaac": "麦休伊", "Kendra MacKinnon": "麦肯卓", "Gaétan LeBlanc": "白加唐", "Monique LeBlanc": "白莫妮",
    "Chantal Cormier": "柯尚塔", "Gilles Arsenault": "阿吉尔", "Josée Richard": "黎乔茜",
    "Marc-André Bourque": "布马克", "Cyril Pittman": "皮西里", "Beverley Hiscock": "希贝芙", "Gale Penney": "潘盖尔",
    "Chad Strickland": "施查德", "Lloyd Gillingham": "吉劳埃", "Tina Blanchard": "布蒂娜",
    "Trey Hollingsworth": "霍特雷", "Mary Beth Dubose": "杜玛丽", "Sterling Ladnier": "拉斯特",
    "Lurleen Boykin": "博露琳", "Darnell Figures": "费达内", "Rhett Kirkland": "柯瑞特", "Kurt Niehaus": "尼库尔",
    "Marcy Niehaus": "尼玛西", "Zach Meyerrose": "迈扎克", "Lori Schoettmer": "肖洛丽", "Brent Grote": "格布伦",
    "Hank Feldhaus": "费汉克", "Rui Sequeira": "施偉瑞", "Carla Noronha": "羅嘉娜",
    "Xu Ke": "许可", "zhong biao": "钟彪", "Cha Li": "查理", "Kui Lixin": "夔立新",
    "Dougald": "比道格", "Colleen": "麦柯琳", "Sheila": "兰希拉", "Hughie": "麦休伊", "Kendra": "麦肯卓",
    "Gaétan": "白加唐", "Monique": "白莫妮", "Chantal": "柯尚塔", "Gilles": "阿吉尔", "Josée": "黎乔茜",
    "Marc-André": "布马克", "Gale": "潘盖尔", "Lloyd": "吉劳埃", "Trey": "霍特雷", "Sterling": "拉斯特",
    "Lurleen": "博露琳", "Darnell": "费达内", "Rhett": "柯瑞特", "Kurt": "尼库尔", "Marcy": "尼玛西", "Zach": "迈扎克",
    "Hank": "费汉克", "Rui": "施偉瑞", "Carla": "羅嘉娜",
    # dev80 (Kumasi, Hargeisa, Iloilo, Surabaya, Saigon, Singapore and Johor Bahru names; full names before the
    # one-word forms a message uses or rules out; no one-word Mohamed: there are two; Cao Xiaojun, Shu Xiaobing
    # and gui hongying are also written in characters)
    "Kwadwo Boakye": "博夸朵", "Adwoa Sarpong": "萨阿朵", "Kwabena Nkansah": "恩夸本", "Afua Gyamfi": "加阿芙",
    "Kwasi Opoku": "奥夸西", "Prosper Bonsu": "邦普罗", "Blessing Ofori": "奥布莉", "Efua Amoako": "阿埃芙",
    "Abdirahman Warsame": "瓦阿卜", "Hodan Farah": "法霍丹", "Khadar Jama": "贾哈达", "Ayaan Yusuf": "优阿扬",
    "Mohamed Abdi": "阿穆罕", "Mohamed Dahir": "达穆罕", "Ifrah Hassan": "哈伊芙", "Guled Aden": "亚古莱",
    "Mylene Divinagracia": "迪米琳", "Jun-Jun Gallardo": "加俊俊", "Lovely Tingson": "丁萝芙",
    "Charm Lamasan": "拉查姆", "Ramil Tupas": "图拉米", "Janeth Sumagaysay": "苏佳妮", "Heru Wibisono": "维赫鲁",
    "Rina Wahyuni": "瓦丽娜", "Bagus Setiawan": "塞巴古", "Slamet Riyadi": "里斯拉", "Ratna Kusumawati": "库拉娜",
    "Eko Wicaksono": "维埃科", "Lastri Handayani": "韩拉丝", "Nguyễn Thị Thu Trang": "阮秋庄",
    "Nguyễn Minh Khoa": "阮明科", "Trần Hoàng Phúc": "陈黄福", "Lê Ngọc Hân": "黎玉欣", "Võ Thanh Tâm": "武清心",
    "Huỳnh Tấn Lộc": "黄进禄", "Wong Kah Wai": "黄家伟", "Teh Siew Lan": "郑秀兰", "Chong Wai Keat": "张伟杰",
    "Shawn Goh": "吴少恩", "Jasmine Ong": "王佳敏", "Kelvin Yeo": "杨凯文", "Serene Ng": "黄诗琳",
    "Cao Xiaojun": "操晓军", "Shu Xiaobing": "疏小兵", "gui hongying": "桂红英",
    "Kwadwo": "博夸朵", "Afua": "加阿芙", "Kwasi": "奥夸西", "Prosper": "邦普罗", "Hodan": "法霍丹", "Khadar": "贾哈达",
    "Ayaan": "优阿扬", "Ifrah": "哈伊芙", "Mylene": "迪米琳", "Lovely": "丁萝芙", "Rina": "瓦丽娜", "Bagus": "塞巴古",
    "Slamet": "里斯拉", "Ratna": "库拉娜", "Lastri": "韩拉丝", "Trang": "阮秋庄", "Khoa": "阮明科", "Phúc": "陈黄福",
    "Hân": "黎玉欣", "Tâm": "武清心", "Lộc": "黄进禄", "Shawn": "吴少恩", "Jasmine": "王佳敏",
    # dev81 (Braga, Recife, Seville, Naples, Durban and pinyin names; full names before the one-word forms a message
    # uses, mentions or rules out; Francisco Lasso is Curro Lasso; She Meilan, Tuo Haiping and mao xian are also
    # written in characters; no one-word Jesús, Fortunato, Given or Graça: each is also a word in these messages)
    "Vasco Meireles": "梅瓦斯", "Leonor Vasconcelos": "瓦莉奥", "Filipa Antunes": "安菲芭", "Nuno Sampaio": "桑努诺",
    "Henrique Baptista": "巴恩里", "Graça Magalhães": "麦格拉", "Severino Albuquerque": "阿塞韦",
    "Josefa Cavalcanti": "卡约珊", "Edvaldo Lins": "林埃瓦", "Rayane Barbosa": "巴蕾雅", "Kaline Farias": "法卡琳",
    "Wellington Queiroz": "奎威灵", "Curro Lasso": "拉库罗", "Francisco Lasso": "拉库罗", "Jesús Lobato": "洛赫苏",
    "Esperanza Marín": "马埃斯", "Álvaro Cuesta": "奎阿尔", "Macarena Benjumea": "本玛卡", "Triana Bermudo": "贝特莉",
    "Gennaro Capuozzo": "卡真纳", "Carmela Capuozzo": "卡卡梅", "Ciro Iovine": "约奇罗", "Assunta Maddaloni": "马阿松",
    "Fortunato Sorrentino": "索福图", "Pasquale Amitrano": "阿帕斯", "Thulani Mkhize": "基图拉", "Sbu Ngcobo": "恩斯布",
    "Kershnee Naidoo": "奈柯希", "Kumaren Naidoo": "奈库玛", "Vishal Pillay": "皮维沙", "Prenesh Govender": "戈普雷",
    "Given Shezi": "谢吉文", "Werner Pretorius": "普维纳",
    "She Meilan": "折美兰", "Tuo Haiping": "拓海平", "mao xian": "毛娴",
    "Vasco": "梅瓦斯", "Leonor": "瓦莉奥", "Nuno": "桑努诺", "Henrique": "巴恩里", "Severino": "阿塞韦",
    "Josefa": "卡约珊", "Edvaldo": "林埃瓦", "Rayane": "巴蕾雅", "Kaline": "法卡琳", "Curro": "拉库罗",
    "Esperanza": "马埃斯", "Álvaro": "奎阿尔", "Macarena": "本玛卡", "Triana": "贝特莉", "Gennaro": "卡真纳",
    "Carmela": "卡卡梅", "Ciro": "约奇罗", "Assunta": "马阿松", "Pasquale": "阿帕斯", "Thulani": "基图拉",
    "Sbu": "恩斯布", "Kershnee": "奈柯希", "Kumaren": "奈库玛", "Prenesh": "戈普雷",
    # dev82 (Rarotonga, Lae, Hilo, Bethel and Gisborne names; full names before the one-word forms a message uses,
    # mentions or rules out; no one-word Kaupa, Kalua, Tawhiri or Andrew: two members share each; Yang Chunhua,
    # Ji Wenguang, shen meizhu and zhu shuiwang are also written in characters)
    "Teina Marsters": "马泰娜", "Tekura Tuara": "图特库", "Vaine Pokoati": "波瓦伊", "Mata Tangaroa": "唐玛塔",
    "Ngaire Tuakana": "图奈儿", "Tuaine Rima": "里图艾", "Barnabas Yawa": "亚巴纳", "Peni Kaupa": "考佩尼",
    "Rosemary Kaupa": "考萝丝", "Jacinta Gawi": "加辛塔", "Kila Wari": "瓦基拉", "Mathias Koim": "柯马提",
    "Makana Kalua": "卡马卡", "Kapono Kalua": "卡卡波", "Kehau Pacheco": "帕克豪", "Nohea Yamashita": "山下诺海",
    "Pualani Ching": "程普拉", "Kekoa Moniz": "莫柯亚", "Lokelani Kaniho": "卡洛可", "Elsie Kasayulie": "卡艾尔",
    "Evan Wassillie": "瓦伊文", "Nick Andrew": "安尼克", "Andrew Jimmie": "吉安卓", "Mary Ann Chingliak": "钦玛丽",
    "Huia Poutama": "坡惠亚", "Nikau Tawhiri": "塔尼考", "Hone Tawhiri": "塔霍内", "Maraea Kingi": "金玛蕊",
    "Ripeka Ngarimu": "纳丽佩", "Tamsyn Brightwell": "布檀欣",
    "Yang Chunhua": "羊春花", "Ji Wenguang": "吉文光", "shen meizhu": "沈美珠", "zhu shuiwang": "朱水旺",
    "Teina": "马泰娜", "Tekura": "图特库", "Vaine": "波瓦伊", "Mata": "唐玛塔", "Ngaire": "图奈儿", "Tuaine": "里图艾",
    "Barnabas": "亚巴纳", "Peni": "考佩尼", "Rosemary": "考萝丝", "Kila": "瓦基拉", "Mathias": "柯马提",
    "Makana": "卡马卡", "Kapono": "卡卡波", "Nohea": "山下诺海", "Pualani": "程普拉", "Lokelani": "卡洛可",
    "Evan": "瓦伊文", "Nikau": "塔尼考", "Ripeka": "纳丽佩",
    # dev83 (Lubbock, Laredo, Memphis, Caernarfon and Ballymena names; full names before the one-word forms a
    # message uses, mentions or rules out; no one-word Ffion or Homero: there are two of each; Mr Huws is a title;
    # Kong Qinghua, Kong Qingfang and gu mancang are also written in characters)
    "Cody Pruitt": "普科迪", "Boone Bratcher": "布布恩", "Kaycee Dunagan": "邓凯茜", "Tanner Gholson": "高坦纳",
    "Shelby Vardeman": "瓦谢比", "Penny Hargrove": "哈佩妮", "Homero Barrera": "巴奥梅", "Homero Cantú": "坎奥梅",
    "Nayeli Montemayor": "蒙娜叶", "Marisol Benavides": "贝玛索", "Ezequiel Zapata": "萨泽基", "Paloma Vela": "维帕洛",
    "Blanca Ríos": "里布兰", "Tavarius Bolton": "博塔瓦", "Kiara Gholston": "高琪亚", "LaDonna Mayweather": "梅拉多",
    "Dontavious Hardaway": "哈东塔", "Precious Banks": "班珀蕾", "Justice Reed": "里贾斯", "Gethin Pritchard": "普格辛",
    "Ffion Parry": "帕菲恩", "Ffion Rowlands": "罗菲恩", "Dyfan Huws": "胡戴凡", "Iwan Gruffydd": "格伊万",
    "Meinir Owen": "欧梅妮", "Bryn Roberts": "罗布林", "Wesley McKeown": "麦韦斯", "Lorraine McKeown": "麦洛琳",
    "Sammy Gillan": "吉萨米", "Ivan Patterson": "帕伊万", "Raymond Adair": "阿雷蒙", "Ruth Crawford": "克露丝",
    "Alison McNeilly": "麦艾丽", "Gareth Kernohan": "柯加雷", "Mr Huws": "胡戴凡",
    "Kong Qinghua": "孔庆华", "Kong Qingfang": "孔庆芳", "gu mancang": "谷满仓",
    "Tanner": "高坦纳", "Boone": "布布恩", "Shelby": "瓦谢比", "Blanca": "里布兰", "Nayeli": "蒙娜叶",
    "LaDonna": "梅拉多", "Kiara": "高琪亚", "Dyfan": "胡戴凡", "Iwan": "格伊万", "Alison": "麦艾丽", "Sammy": "吉萨米",
    "Justice": "里贾斯", "Bryn": "罗布林", "Wesley": "麦韦斯",
    # dev84 (Muscat, Lahore, Jaffna, Kandy and Pokhara names, Taiwanese Wade-Giles and pinyin names; full names
    # before the one-word forms a message uses or rules out; no one-word Salim or Bilal: there are two of each)
    "Salim Al-Harthy": "哈萨林", "Salim Al-Kindi": "金萨林",
    "Maryam Al-Balushi": "巴玛丽", "Yousuf Al-Rawahi": "拉优素",
    "Shamsa Al-Hinai": "希莎姆", "Hilal Al-Siyabi": "斯希拉", "Aisha Al-Maamari": "马艾莎", "Bilal Akhtar": "阿比拉",
    "Bilal Warraich": "瓦比拉", "Hamza Gondal": "贡哈姆", "Shoaib Cheema": "齐肖布", "Faizan Rana": "拉法赞",
    "Hira Butt": "巴希拉", "Mehwish Iqbal": "伊梅薇", "Thusyanthan Sivakumar": "西图山", "Kajenthini Ratnam": "拉卡珍",
    "Piranavan Selvarajah": "塞皮拉", "Tharshika Yogarajah": "约塔莎", "Nirojan Thevarajah": "特尼罗",
    "Chamara Bandara": "班查玛", "Dilrukshi Herath": "赫迪露", "Lahiru Rathnayake": "拉拉希",
    "Nadeesha Wijeratne": "维娜迪", "Tharindu Dissanayake": "迪塔林", "Sanduni Ekanayake": "埃桑杜",
    "Bibek Gurung": "古比贝", "Asha Gurung": "古阿莎", "Sabina Pun": "蒲萨比", "Nirmal Thakali": "塔尼玛",
    "Rojina Magar": "马罗吉", "Kiran Adhikari": "阿基兰", "Pasang Lama": "拉帕桑", "Suman Poudel": "坡苏曼",
    "Kuan-Yu Lai": "賴冠宇", "Ya-Chu Chan": "詹雅筑", "Guan Xuemei": "关雪梅", "Guan Xuesong": "关雪松",
    "Xi Meina": "奚美娜", "Rocky": "石岳霖",
    "Maryam": "巴玛丽", "Aisha": "马艾莎", "Shamsa": "希莎姆",
    "Yousuf": "拉优素", "Hamza": "贡哈姆", "Faizan": "拉法赞",
    "Hira": "巴希拉", "Mehwish": "伊梅薇", "Kajenthini": "拉卡珍", "Piranavan": "塞皮拉", "Tharshika": "约塔莎",
    "Nirojan": "特尼罗", "Chamara": "班查玛", "Dilrukshi": "赫迪露", "Lahiru": "拉拉希", "Nadeesha": "维娜迪",
    "Tharindu": "迪塔林", "Sanduni": "埃桑杜", "Sabina": "蒲萨比",
    "Asha": "古阿莎", "Kiran": "阿基兰", "Pasang": "拉帕桑",
    "Suman": "坡苏曼",
    # dev85 (Rotterdam, Liège, Poznań, Ostrava and Dundee names, pinyin names, Czech titles; full names before the
    # one-word forms a message uses; two Bosmans, two Fyffes and two Tomasz, so none of those as one word)
    "Daan Verbeek": "费达安", "Joris van Dam": "范约里", "Marloes de Wit": "德马露", "Mirjam Hoogendoorn": "霍米娅",
    "Sander Bosman": "博桑德", "Hanneke Bosman": "博汉娜", "Wessel Kuijpers": "奎韦瑟", "Maxime Lambotte": "朗马克",
    "Aurélie Dethier": "德奥蕾", "Jérôme Piron": "皮杰罗", "Céline Hansenne": "汉瑟琳", "Grégory Collignon": "科格雷",
    "Noémie Renard": "勒诺米", "Jakub Przybylski": "普雅各", "Tomasz Walczak": "瓦托马", "Tomasz Kasprzak": "卡托马",
    "Małgorzata Ratajczak": "拉玛戈", "Bartosz Wojtkowiak": "沃巴托", "Joanna Jankowiak": "扬乔安",
    "Petr Sýkora": "西佩特", "Jana Bartošová": "巴雅娜", "Lukáš Kolář": "考卢卡", "Tereza Šťastná": "斯特蕾",
    "Ondřej Mráz": "姆翁德", "Radek Pospíšil": "波拉德", "Graeme Duthie": "杜格雷", "Lorraine Keillor": "基洛琳",
    "Stuart Soutar": "苏斯图", "Kirsteen Fyffe": "法柯丝", "Robin Fyffe": "法罗宾", "Euan Kidd": "季尤恩",
    "Shona Mudie": "穆肖娜", "Ouyang Ke": "欧阳珂", "Qin Haibo": "覃海波", "Shuai Zhiqiang": "帅志强",
    "Zhong Hanwen": "钟汉文", "Zhen Huiling": "甄慧玲", "pan Pospíšil": "波拉德", "paní Bartošová": "巴雅娜",
    "Jérôme": "皮杰罗", "Kirsteen": "法柯丝", "Kuba": "普雅各", "Asia": "扬乔安", "Ondřej": "姆翁德",
    # dev86 (Shillong Khasi, Imphal Meitei, Sylhet, Mandalay and Chiang Mai names, Changshu pinyin names; full names
    # before the one-word forms a message uses or rules out; no one-word Kaung or Laishram: there are two of each)
    "Hopeful Syiemlieh": "石霍普", "Gracious Kharkongor": "卡格蕾", "Banri Marbaniang": "马班瑞",
    "Wanphrang Nongrum": "农万朗", "Kyntiew Lyngdoh": "林琴秋",
    "Shanbor Rymbai": "任山波", "Dapbiang Suchiang": "苏达碧",
    "Laishram Sanatombi Devi": "莱萨娜", "Laishram Ibochouba Singh": "莱伊博", "Thoudam Romen Singh": "陶罗门",
    "Ningthoujam Bembem Devi": "宁本本", "Khumukcham Tomba Singh": "库通巴", "Yumnam Premita Devi": "云普蜜",
    "Abdul Muqit": "穆阿卜", "Rubel Miah": "米鲁贝", "Shahena Begum": "贝莎赫", "Mahfuz Chowdhury": "乔马夫",
    "Shapla Akter": "阿莎普", "Kamal Uddin": "乌卡迈", "Jubayer Ahmed": "艾朱拜", "rubel miah": "米鲁贝",
    "kamal uddin": "乌卡迈", "Kaung Myat": "康迈特", "Kaung Htoo": "康图吾", "Phyu Phyu Win": "温漂漂",
    "Kyaw Zin Oo": "乔辛武", "Su Su Mon": "蒙苏苏", "Yadanar Aye": "埃雅达", "Thiha Aung": "昂蒂哈",
    "Thanawat Inthasorn": "因塔纳", "Rattana Kaewmanee": "凯拉达", "Kittisak Boonyang": "汶吉迪",
    "Wanida Chaiwong": "差婉妮", "Anucha Srisuk": "斯阿努", "Pimchanok Duangdee": "段品查",
    "Qu Wenjie": "瞿文杰", "Gui Xiaoyan": "归晓燕",
    "Bank": "因塔纳", "Golf": "汶吉迪", "Beer": "差婉妮", "Toon": "斯阿努", "Mint": "段品查", "Ploy": "凯拉达",
    "Bembem": "宁本本", "Tomba": "库通巴", "Romen": "陶罗门", "Premita": "云普蜜", "Hopeful": "石霍普",
    "Gracious": "卡格蕾", "Banri": "马班瑞", "Shanbor": "任山波", "Dapbiang": "苏达碧", "Kyntiew": "林琴秋",
    "Rubel": "米鲁贝", "Kamal": "乌卡迈", "Mahfuz": "乔马夫", "Jubayer": "艾朱拜", "Shapla": "阿莎普",
    # dev87 (Kisumu, Gulu, Kitwe, Bulawayo and Castries names, pinyin names; full names before the one-word forms
    # a message uses, mentions or rules out; no one-word Brian or Ncube: there are two of each)
    "Brian Otieno": "奥布莱", "Brian Onyango": "翁布莱", "Mercy Awino": "阿梅西", "Hope Akinyi": "艾霍普",
    "Collins Owino": "欧柯林", "Lilian Adhiambo": "阿莉莲", "Fredrick Ouma": "欧弗雷", "Dorcas Anyango": "安多卡",
    "Innocent Okello": "奥英诺", "Patience Akello": "阿佩申", "Godfrey Ojok": "奥高弗", "Harriet Lakot": "拉哈丽",
    "Denis Opio": "欧丹尼", "Scovia Aciro": "阿斯科", "Komakech Moses": "科摩西", "Given Mulenga": "穆吉文",
    "Memory Chanda": "钱梅茉", "Charity Mwape": "姆查瑞", "Bwalya Musonda": "穆布瓦", "Loveness Mwila": "姆洛芙",
    "Knowledge Banda": "班诺吉", "Chola Kabwe": "卡乔拉", "Mutale Chileshe": "奇穆塔", "Sipho Ncube": "恩西波",
    "Nomsa Ncube": "恩诺姆", "Thandeka Moyo": "莫坦黛", "Trust Ndlovu": "德特拉", "Themba Dube": "杜坦巴",
    "Lindiwe Mpofu": "姆琳迪", "Nkosana Tshuma": "楚科萨", "Sibusiso Khumalo": "库西布",
    "Shervon St. Rose": "罗舍文", "Kerlisha Jn Baptiste": "巴柯丽", "Marvin Hippolyte": "希马文",
    "Tricia Polius": "波翠霞", "Anselm Mathurin": "马安森", "Germaine Alcide": "阿杰曼", "Faith Louisy": "路菲丝",
    "Linghu Jing": "令狐静", "tuo haijun": "拓海军", "Huyan Qing": "呼延庆",
    "Hope": "艾霍普", "Fredrick": "欧弗雷", "Lilian": "阿莉莲", "Collins": "欧柯林", "Harriet": "拉哈丽",
    "Scovia": "阿斯科", "Komakech": "科摩西", "Given": "穆吉文", "Loveness": "姆洛芙", "Charity": "姆查瑞",
    "Chola": "卡乔拉", "Bwalya": "穆布瓦", "Sipho": "恩西波", "Trust": "德特拉", "Khumalo": "库西布",
    "Anselm": "马安森", "Germaine": "阿杰曼", "Kerlisha": "巴柯丽", "Marvin": "希马文", "Shervon": "罗舍文",
    "Tricia": "波翠霞",
    # dev88 (Kwun Tong Hong Kong, Ballarat, Saskatoon, Volos, Limassol and Gozo names, pinyin names; full names
    # before the one-word forms a message uses; no one-word Wing or Giorgos: there are two of each; Dazza,
    # Takis and Ġużi are nicknames; Ran Xuesong, Xiong Qiao, Pu Xinghua, Duan Yugui, Zi Lifen, Ran Xuemei and
    # Shi Wanli are also written in characters)
    "Matthew Szeto": "司徒文傑", "Venus Kan": "簡穎詩", "Wing Lo": "盧永健", "Wing Tam": "譚詠欣",
    "Gigi Ngai": "魏芷晴", "Anson Siu": "蕭俊朗", "Bonnie Yim": "嚴寶儀", "Miles Treloar": "特迈尔",
    "Tayla Hocking": "霍泰拉", "Darren Coad": "柯达伦", "Jodie Trevena": "特乔迪", "Lachlan Kinnersley": "金拉克",
    "Bronwyn Penhall": "潘布温", "Shane Pinnuck": "平谢恩", "Marla Friesen": "弗玛拉", "Lorne Friesen": "弗洛恩",
    "Cheyenne Bellegarde": "贝夏延", "Tenille Gardipy": "加泰妮", "Colby Dueck": "杜科比", "Brent Laliberte": "拉布伦",
    "Dwayne Wiebe": "维德韦", "Vangelis Tsakalidis": "察万吉", "Dimitra Kalogirou": "卡迪米",
    "Giorgos Nikolaidis": "尼乔戈", "Giorgos Stamou": "斯乔戈", "Sotiria Margariti": "马索蒂", "Takis Zervas": "泽塔基",
    "Chrysa Bakirtzi": "巴克丽", "Loizos Economides": "伊洛佐", "Kyriaki Christodoulou": "赫基里",
    "Andri Kyprianou": "基安德", "Pambos Neophytou": "尼潘博", "Stella Petrides": "佩斯特", "Ġużeppi Grech": "格朱塞",
    "Clint Xuereb": "许克林", "Redent Mizzi": "米雷登", "Charmaine Spiteri": "斯夏曼", "Dorianne Attard": "阿多丽",
    "Josmar Cauchi": "考乔斯",
    "Ran Xuesong": "冉雪松", "Xiong Qiao": "熊巧", "Pu Xinghua": "普兴华", "Duan Yugui": "段玉贵", "Zi Lifen": "字丽芬",
    "Ran Xuemei": "冉雪梅", "Shi Wanli": "施万里",
    "Takis": "泽塔基", "Dazza": "柯达伦", "Ġużi": "格朱塞", "Venus": "簡穎詩", "Matthew": "司徒文傑", "Miles": "特迈尔",
    "Tayla": "霍泰拉", "Jodie": "特乔迪", "Marla": "弗玛拉", "Lorne": "弗洛恩", "Brent": "拉布伦", "Colby": "杜科比",
    "Dwayne": "维德韦", "Tenille": "加泰妮", "Cheyenne": "贝夏延", "Vangelis": "察万吉", "Dimitra": "卡迪米",
    "Sotiria": "马索蒂", "Chrysa": "巴克丽", "Loizos": "伊洛佐", "Kyriaki": "赫基里", "Andri": "基安德",
    "Pambos": "尼潘博", "Stella": "佩斯特", "Clint": "许克林", "Redent": "米雷登", "Charmaine": "斯夏曼",
    "Dorianne": "阿多丽", "Josmar": "考乔斯",
    # dev89 (Castletownbere, Llandeilo, Húsavík, Seinäjoki and Šiauliai names, pinyin names; full names before
    # the one-word forms a message uses; no one-word Jukka or Donal: there are two of each; Siggi and Žygis are
    # nicknames; Lu Baoshan, Yan Qiuju, Chong Yutang, Miao Chunyu, Miao Zhuang, Jing Haiyang, Bao Xiaomei are
    # also written in characters)
    "Donal Harrington": "哈多纳", "Donal O'Sullivan": "苏多纳", "Tadhg O'Sullivan": "苏泰格",
    "Siobhán Murphy": "墨舒凡", "Fiachra Crowley": "克菲亚", "Caitríona Lynch": "林凯翠", "Mossie Hegarty": "赫莫西",
    "Bríd Power": "鲍布丽", "Gethin Morgan": "摩格辛", "Rhian Pritchard": "普莉安", "Rhys Pritchard": "普里斯",
    "Dai Lloyd": "劳戴伊", "Iolo Rees": "里约洛", "Eirlys Jones": "琼艾莉", "Meinir Evans": "埃梅妮",
    "Bethan Howells": "豪贝森", "Guðrún Jónsdóttir": "约古伦", "Jón Guðrúnarson": "古约恩",
    "Þórhallur Einarsson": "艾索哈", "Hafdís Ólafsdóttir": "奥哈迪", "Kristín Björk Hauksdóttir": "豪克丽",
    "Ari Pétursson": "彼阿里", "Sigurður Ingi Bjarnason": "比西古", "Sanna Kivelä": "基萨娜",
    "Tuomas Yli-Kovero": "科托马", "Jukka Mäkelä": "马尤卡", "Jukka Hautala": "豪尤卡", "Onni Hakala": "哈昂尼",
    "Päivi Rinta-Jouppi": "林派薇", "Eero Ketola": "凯埃罗", "Mindaugas Kazlauskas": "卡明道",
    "Aistė Kazlauskaitė": "卡艾丝", "Rūta Kazlauskienė": "卡鲁塔", "Giedrė Vaitkutė": "瓦吉德",
    "Darius Petraitis": "佩达留", "Saulius Urbonas": "乌绍留", "Žygimantas Jankauskas": "扬日吉",
    "Lu Baoshan": "卢宝山", "Yan Qiuju": "闫秋菊", "Chong Yutang": "种玉堂", "Miao Chunyu": "苗春雨",
    "Miao Zhuang": "苗壮", "Jing Haiyang": "景海洋", "Bao Xiaomei": "鲍晓梅", "lu baoshan": "卢宝山",
    "na chunlei": "那春雷", "Kristín Björk": "豪克丽",
    "Fiachra": "克菲亚", "Caitríona": "林凯翠", "Bríd": "鲍布丽", "Gethin": "摩格辛", "Bethan": "豪贝森",
    "Meinir": "埃梅妮", "Rhian": "普莉安", "Eirlys": "琼艾莉", "Siggi": "比西古", "Hafdís": "奥哈迪", "Ari": "彼阿里",
    "Sanna": "基萨娜", "Tuomas": "科托马", "Onni": "哈昂尼", "Päivi": "林派薇", "Eero": "凯埃罗", "Žygis": "扬日吉",
    "Mindaugas": "卡明道", "Giedrė": "瓦吉德", "Aistė": "卡艾丝", "Rūta": "卡鲁塔", "Saulius": "乌绍留",
    # dev90 (Onitsha, Ibadan, Ho, Bamenda, Kenema and Macau names, pinyin names; full names before the one-word
    # forms a message uses, mentions or rules out; Cameroonian names surname first as written; Cheang Ka Chon, Kuok
    # Ka Chon, Sio Weng Si and Lao Wai Keong are Macau romanisations of members also written in characters)
    "Nkechi Umeh": "乌恩可", "Onyeka Anyanwu": "安尼卡", "Somadina Okolie": "奥索玛", "Kosisochukwu Udeh": "乌柯西",
    "Goodluck Ezeani": "埃古德", "Favour Chukwuma": "楚费芙",
    "Chinonso Ibekwe": "伊奇农", "Ugochukwu Obiakor": "奥乌戈",
    "Adebola Ajibade": "阿德波", "Kehinde Alabi": "阿凯欣", "Taiwo Alabi": "阿泰沃", "Bisola Adeleke": "阿碧索",
    "Yetunde Ojo": "奥叶顿", "Damilola Afolabi": "阿达米", "Ayomide Oyebanji": "奥阿约", "Selasi Agbeko": "阿塞拉",
    "Edem Kpodo": "波埃登", "Mawuli Dzokoto": "佐马乌", "Elikem Ahiable": "阿艾立", "Dzifa Amedzro": "阿姿法",
    "Senyo Fiagbe": "菲森约", "Delali Tsikata": "齐德拉", "Kodzo Akakpo": "阿柯佐", "Nfor Godlove": "恩戈拉",
    "Ngum Gladys": "恩格拉", "Fru Cletus": "福克莱", "Tanyi Peace": "坦碧丝", "Ambe Valentine": "安瓦伦",
    "Neba Prudence": "内普露", "Awah Bertrand": "阿伯特", "Ngwa Emilia": "恩艾米", "Kadiatu Sannoh": "桑卡迪",
    "Mariama Bockarie": "博玛丽", "Abu Bakarr Kallon": "卡阿布", "Momoh Jusu": "朱莫莫", "Tamba Fomba": "冯坦巴",
    "Finda Kamanda": "卡芬达", "Musu Gbla": "格穆苏", "Lahai Vandi": "范拉海", "Duarte Remédios": "雷杜華",
    "Marisa Xavier": "夏瑪莉", "Cheang Ka Chon": "鄭家俊", "Kuok Ka Chon": "郭家俊", "Sio Weng Si": "蕭詠詩",
    "Lao Wai Keong": "劉偉強", "Pang Zhijian": "庞志坚", "Qin Liping": "覃丽萍",
    "Goodluck": "埃古德", "Favour": "楚费芙", "Chinonso": "伊奇农", "Kosi": "乌柯西", "Taiwo": "阿泰沃",
    "Kehinde": "阿凯欣", "Bisola": "阿碧索", "Yetunde": "奥叶顿", "Senyo": "菲森约", "Elikem": "阿艾立",
    "Kodzo": "阿柯佐", "Dzifa": "阿姿法", "Valentine": "安瓦伦", "Prudence": "内普露", "Awah": "阿伯特",
    "Momoh": "朱莫莫",
    # dev91 (Hazard KY, Hialeah, Astoria OR, Marquette MI and Uruapan names, pinyin names; full names before the
    # one-word forms a message uses; no one-word Yoandy: there are two; Yuni, Cuqui, Chole and Juanca are
    # nicknames; Niu Jiajun, Jia Min, Pu Tianyu, Hua Meiling, Zi Hongqi, mao chunlin and Xie Dong are also
    # written in characters)
    "Delmer Combs": "孔德默", "Verna Combs": "孔维娜", "Loretta Sizemore": "赛洛蕾", "Estill Caudill": "考埃斯",
    "Kermit Begley": "贝克米", "Buck Napier": "纳巴克", "Rhonda Fugate": "富朗达", "Hollis Gayheart": "盖霍利",
    "Crystal Slone": "斯克丽", "Osmany Castellanos": "卡奥斯", "Dayami Fajardo": "法达雅", "Yoandy Pérez": "佩约安",
    "Yoandy Quintana": "金约安", "Yunisleidy Rodríguez": "罗尤妮", "Reinier Milián": "米雷尼",
    "Leonel Hevia": "埃莱昂", "Marisleysis Peña": "佩玛丽", "Eino Koskela": "柯艾诺", "Britta Wirkkala": "维布丽",
    "River Hendrickson": "韩瑞沃", "Kaija Maki": "马凯娅", "Sunny Raistakka": "莱桑妮", "Dagny Jarvi": "贾达格",
    "Rowan Tolonen": "托罗文", "Toivo Heikkinen": "海托伊", "Arvo Lahti": "拉阿沃", "Lempi Rautio": "劳伦琵",
    "Aldo Bertucci": "贝阿尔", "Reino Pelto": "佩雷诺", "Aili Pelto": "佩艾丽", "Shelly Kivela": "基谢莉",
    "Baltazar Pureco": "普巴尔", "Citlali Huerta": "韦西塔", "Paloma Equihua": "埃帕洛", "Esteban Tapia": "塔埃斯",
    "Soledad Tapia": "塔索莱", "Juan Carlos Zamudio": "萨胡安", "Guadalupe Ayala": "阿瓜达",
    "Remedios Cuiriz": "奎雷梅",
    "Niu Jiajun": "钮家俊", "Jia Min": "郏敏", "Pu Tianyu": "濮天宇", "Hua Meiling": "化美玲", "Zi Hongqi": "訾红旗",
    "mao chunlin": "茆春林", "Xie Dong": "解冻",
    "Delmer": "孔德默", "Verna": "孔维娜", "Loretta": "赛洛蕾",
    "Estill": "考埃斯", "Kermit": "贝克米", "Buck": "纳巴克",
    "Osmany": "卡奥斯", "Dayami": "法达雅", "Reinier": "米雷尼", "Yuni": "罗尤妮", "Cuqui": "埃莱昂",
    "Marisleysis": "佩玛丽", "Eino": "柯艾诺", "Britta": "维布丽", "River": "韩瑞沃", "Kaija": "马凯娅",
    "Dagny": "贾达格", "Rowan": "托罗文", "Toivo": "海托伊", "Arvo": "拉阿沃", "Lempi": "劳伦琵", "Aldo": "贝阿尔",
    "Reino": "佩雷诺", "Aili": "佩艾丽", "Baltazar": "普巴尔", "Citlali": "韦西塔", "Paloma": "埃帕洛",
    "Esteban": "塔埃斯", "Chole": "塔索莱", "Juanca": "萨胡安",
    # dev92 (Irbid, Zahle, Alexandria, Shiraz and Trabzon names, pinyin names; full names before the one-word
    # forms a message uses, mentions or rules out; Hamada is Mohamed Hegazy's nickname, written as his; le tian
    # and Zhou Xixi are also written in characters; Abu Yazan, Tante Nada, Khanom Yazdani, Murat Bey are no members)
    "Yazan Obeidat": "欧亚赞", "Dana Obeidat": "欧达娜", "Hala Rousan": "鲁哈拉", "Laith Zoubi": "祖莱斯",
    "Rand Momani": "莫兰德", "Tareq Shboul": "舒塔里", "Elie Sleiman": "苏埃利", "Joelle Nassar": "纳乔艾",
    "Rita Aoun": "奥丽塔", "Rami Aoun": "奥拉米", "Noel Sfeir": "斯诺埃", "Georges Maalouf": "马乔治",
    "Nada Frem": "弗纳达", "Mostafa Shalaby": "沙穆斯", "Heba Fathy": "法赫芭", "Amr Hegazy": "希阿姆",
    "Mohamed Hegazy": "希穆罕", "Aya Badawi": "巴阿雅", "Karim Sobhy": "索卡里", "Kourosh Mirzaei": "米古鲁",
    "Mahsa Yazdani": "雅玛莎", "Nasrin Ghasemi": "卡娜丝", "Arash Kazemi": "卡阿拉", "Omid Jafari": "贾奥米",
    "Sara Rahimi": "拉萨拉", "Kaan Karadeniz": "卡卡安", "Selin Uzun": "乌瑟琳", "Deniz Uzun": "乌德尼",
    "Ozan Aydemir": "艾奥赞", "Ebru Kalkan": "卡艾布", "le tian": "乐天", "Zhou Xixi": "周茜茜",
    "Rand": "莫兰德", "Elie": "苏埃利", "Rami": "奥拉米", "Hamada": "希穆罕", "Yazan": "欧亚赞", "Laith": "祖莱斯",
    "Heba": "法赫芭", "Omid": "贾奥米", "Selin": "乌瑟琳", "Noel": "斯诺埃", "Joelle": "纳乔艾", "Amr": "希阿姆",
    "Karim": "索卡里", "Sara": "拉萨拉",
    # dev93 (Honiara, Guam, Darwin, Nouméa and Majuro names, pinyin names; full names before the one-word forms a
    # message uses; Ish, Zeke and Séfo are nicknames; no one-word Kirra (an earlier round's) nor Maelanga, Leon
    # Guerrero, Vlahos or Tuikalepa (two of each); Yao Wenbin, Zhi Hui, chu xue, Zhongli Zhenhua and Gong Lijuan are
    # also written in characters; Kin, Ben, Tan Lola, Manny, Dazza and Mr Fiulaua are mentioned in text only)
    "Selwyn Maelanga": "梅塞尔", "Ruth Maelanga": "梅露丝", "Ishmael Taloikwai": "塔伊什", "Lency Bako": "巴伦西",
    "Ezekiel Kiriau": "基以西", "Hilda Sade": "萨希尔", "Junior Pitakaka": "皮朱尼",
    "Joaquin Leon Guerrero": "莱华金", "Rosalie Leon Guerrero": "莱罗莎", "Vicente San Nicolas": "桑维森",
    "Tanya Quinata": "金塔妮", "Frankie Taitano": "泰弗兰", "Dolores Aguon": "阿多洛", "Marilou Cruz": "克玛露",
    "Jesse Camacho": "卡杰西", "Manolis Kypriotis": "基马诺", "Kirra Tilmouth": "蒂基拉", "Tash Vlahos": "弗塔什",
    "Georgia Vlahos": "弗乔娅", "Jedd Cavanagh": "卡杰德", "Darren Pyne": "派达伦", "Brodie Whitfield": "惠布罗",
    "Shae Dunn": "邓雪伊", "Thierry Gaillot": "盖蒂埃", "Océane Poiwi": "波奥塞", "Malia Tuikalepa": "图玛莉",
    "Sosefo Tuikalepa": "图索塞", "Kévin Wahmetu": "瓦凯文", "Sandrine Lafleur": "拉桑德", "Pierre Mollard": "莫皮埃",
    "Hemsy Lekka": "莱亨西", "Jinna Anjain": "安吉娜", "Biliet Laninvelik": "拉比莉", "Laura Kattil": "卡劳拉",
    "Rinelle Zackhras": "扎里内", "Carlos Bejang": "贝卡洛", "Tina Lometo": "洛蒂娜",
    "Yao Wenbin": "要文斌", "Zhi Hui": "智慧", "chu xue": "初雪", "Zhongli Zhenhua": "钟离振华",
    "Gong Lijuan": "弓丽娟",
    "Ish": "塔伊什", "Zeke": "基以西", "Marilou": "克玛露", "Thierry": "盖蒂埃", "Malia": "图玛莉", "Séfo": "图索塞",
    "Biliet": "拉比莉",
    # dev94 (Hyderabad, Pune, Goa, Peshawar and Almaty names, pinyin names; full names before the one-word forms a
    # message uses, mentions or rules out; K. Lakshmi Prasanna is Lakshmi Prasanna Konda written initial first;
    # Katya is Yekaterina Kim's diminutive; Ramana garu, Khan sahib, Joaquim bab, Gulnara apai, Dr. Naidu are no slots)
    "Srinivas Reddy": "瑞斯尼", "Sravani Reddy": "瑞斯拉", "Lakshmi Prasanna Konda": "孔拉克",
    "K. Lakshmi Prasanna": "孔拉克", "Mohammed Imran Quadri": "奎伊姆", "Nausheen Fatima": "法努欣",
    "Syed Mujtaba Hussaini": "侯穆塔", "Venkata Ramana Rao": "饶文卡", "Farhana Begum": "贝法哈",
    "Sneha Gokhale": "戈斯内", "Aniket Joglekar": "乔阿尼", "Mrunal Patwardhan": "帕穆娜", "Omkar Bhide": "比奥卡",
    "Tejas Phadke": "帕特贾", "Gauri Deshmukh": "德高丽", "Rohit Apte": "阿罗希", "Ketaki Apte": "阿凯塔",
    "Savio Fernandes": "费萨维", "Savia Fernandes": "费萨薇", "Clyde Rodrigues": "罗克莱", "Rochelle Pereira": "佩萝雪",
    "Agnelo Menezes": "梅阿涅", "Velma Furtado": "富维玛", "Joaquim D'Costa": "科若金", "Bruno Mascarenhas": "马布鲁",
    "Sher Ali Khan": "汗谢里", "Shahzeb Afridi": "阿沙泽", "Palwasha Khattak": "哈帕瓦", "Jawad Mohmand": "莫贾瓦",
    "Tariq Shinwari": "辛塔里", "Gul Rukh Shinwari": "辛古鲁", "Zarmina Orakzai": "奥扎米",
    "Asfandyar Durrani": "杜阿凡", "Akbota Nurpeisova": "努阿波", "Nurlan Nurpeisov": "努努兰",
    "Dauren Abenov": "阿道连", "Zhanar Suleimenova": "苏扎娜", "Yerlan Ospanov": "奥叶兰", "Madina Iskakova": "伊玛迪",
    "Aruzhan Sadykova": "萨阿茹", "Asel Bekova": "别阿塞", "Yekaterina Kim": "金叶卡", "Viktoriya Pak": "朴维卡",
    "Ouyang Chunyan": "欧阳春燕", "Ou Chunyan": "欧春燕", "pan leishan": "潘雷山",
    "Nausheen": "法努欣", "Mrunal": "帕穆娜", "Agnelo": "梅阿涅", "Zarmina": "奥扎米", "Madina": "伊玛迪",
    "Imran": "奎伊姆", "Mujtaba": "侯穆塔", "Srinivas": "瑞斯尼", "Aniket": "乔阿尼", "Gauri": "德高丽",
    "Tejas": "帕特贾", "Savio": "费萨维", "Savia": "费萨薇", "Velma": "富维玛", "Clyde": "罗克莱", "Palwasha": "哈帕瓦",
    "Akbota": "努阿波", "Nurlan": "努努兰", "Yerlan": "奥叶兰", "Aruzhan": "萨阿茹", "Asel": "别阿塞",
    "Katya": "金叶卡", "Dauren": "阿道连",
    # dev95 (Antananarivo, Maputo, Maseru, Mahé and Mbabane names, pinyin names; full names before the one-word
    # forms a message uses, mentions or rules out; no one-word Rakotomalala, Cossa, Mofolo or Dlamini (two of each);
    # Zeca is José Cossa's nickname, written as his; Tumelo, Terence, Nadège, Bernard and Zanele stay earlier
    # rounds' keys; Ti Paul, Ramatoa Voahangy, 'M'e Mamello, Madanm Hoareau, Make Dlamini, Babe Shongwe are no
    # members' names; ying haichao, zhu xiaoyu, qu wenlong, Yun Zhigang, Zhuang Xiaodie are also in characters)
    "Andry Rakotomalala": "拉安德", "Lova Rakotomalala": "拉洛娃", "Hery Randrianarisoa": "兰埃里",
    "Voahangy Rasoanaivo": "拉沃安", "Faly Razafindrakoto": "拉法莉", "Tiana Andriamihaja": "安蒂娜",
    "Mamy Ravelojaona": "拉马米", "Celso Macuácua": "马塞尔", "Nélia Cossa": "科内莉", "José Cossa": "科若泽",
    "Esperança Nhantumbo": "尼埃丝", "Dércio Sitoe": "西德西", "Graça Muianga": "穆格拉", "Arsénio Tembe": "滕阿森",
    "Teboho Mofolo": "莫特博", "Limpho Mofolo": "莫琳佛", "Mamello Phafoli": "法玛梅", "Tumelo Sekhonyana": "塞图梅",
    "Palesa Letsie": "莱帕莎", "Rethabile Ramakatane": "拉瑞塔", "Lineo Mokhothu": "莫丽妮",
    "Marie-Josée Hoareau": "霍玛丽", "Jean-Paul Payet": "帕让保", "Terence Labiche": "拉特伦",
    "Nadège Confait": "孔娜德", "Wilfred Savy": "萨威夫", "Cynthia Morel": "莫辛西", "Patsy Rose": "罗帕西",
    "Bernard Nourrice": "努伯纳", "Sibusiso Dlamini": "德西布", "Nokuthula Dlamini": "德诺库",
    "Sifiso Simelane": "西西菲", "Thembi Magagula": "马滕比", "Bongani Nxumalo": "恩邦加", "Zanele Mamba": "曼扎内",
    "Mandla Shongwe": "尚曼拉", "ying haichao": "应海潮", "zhu xiaoyu": "竺晓渔", "qu wenlong": "瞿文龙",
    "Yun Zhigang": "恽志刚", "Zhuang Xiaodie": "庄晓蝶",
    "Andry": "拉安德", "Lova": "拉洛娃", "Hery": "兰埃里", "Voahangy": "拉沃安", "Faly": "拉法莉", "Tiana": "安蒂娜",
    "Mamy": "拉马米", "Celso": "马塞尔", "Nélia": "科内莉", "Zeca": "科若泽", "Esperança": "尼埃丝", "Dércio": "西德西",
    "Graça": "穆格拉", "Arsénio": "滕阿森", "Teboho": "莫特博", "Limpho": "莫琳佛", "Mamello": "法玛梅",
    "Palesa": "莱帕莎", "Rethabile": "拉瑞塔", "Lineo": "莫丽妮", "Wilfred": "萨威夫", "Cynthia": "莫辛西",
    "Patsy": "罗帕西", "Sibusiso": "德西布", "Nokuthula": "德诺库", "Sifiso": "西西菲", "Thembi": "马滕比",
    "Bongani": "恩邦加", "Mandla": "尚曼拉",
    # dev96 (Riga, Split, Curaçao, Lima, San José and Ipoh names, pinyin names, Uyghur and Kazakh names written
    # in characters with a middle dot; full names before the one-word forms a message uses; no one-word Bērziņš,
    # Vuković, Martina or Quispe: two of each; the nicknames Ah Keong (叶伟强) and 尕马 (马福海) and the title
    # 芳姐 fill no slot)
    "Jānis Bērziņš": "贝雅尼", "Ilze Bērziņa": "贝伊尔", "Māris Ozols": "欧马里", "Laima Kalniņa": "卡莱玛",
    "Edgars Liepa": "列埃德", "Dace Krūmiņa": "克达采", "Duje Perišić": "佩杜耶", "Ante Vuković": "武安特",
    "Marija Vuković": "武玛丽", "Frane Jelaska": "耶弗兰", "Tonka Bilić": "比通卡", "Vesna Matić": "麦维丝",
    "Shurendy Martina": "马舒伦", "Quincy Martina": "马昆西", "Jurmaine Isenia": "伊朱梅", "Giandro Maduro": "杜詹卓",
    "Suhaila Rosaria": "罗苏海", "Rignaal Doran": "多里格", "Renzo Quispe": "基伦佐", "Milagros Quispe": "基米拉",
    "Yesenia Huamán": "瓦叶塞", "Luz Condori": "孔露丝", "Jhonatan Ccori": "科乔纳", "Kiara Mamani": "曼基亚",
    "Minor Solís": "索米诺", "Yendry Vargas": "巴燕德", "Keylor Mora": "莫凯洛", "Marianela Jiménez": "希玛丽",
    "Greivin Rojas": "罗格雷", "Hazel Chaves": "查黑泽", "Wong Chee Meng": "黄志明", "Lau Mei Ling": "刘美玲",
    "Yap Wai Keong": "叶伟强", "Loke Ka Hou": "陆家豪", "Foo Lai Kuan": "傅丽娟", "Lai Siew Choo": "赖秀珠",
    "chang liang": "常亮", "xie zhen": "谢真", "艾力·买买提": "艾力·买买提", "阿依古丽·吐尔逊": "阿依古丽·吐尔逊",
    "叶尔兰·努尔兰": "叶尔兰·努尔兰",
    "Dace": "克达采", "Greivin": "罗格雷", "叶尔兰": "叶尔兰·努尔兰",
    # dev97 (Serrekunda, Ouagadougou, Bamako, Praia and Bissau names, pinyin names; full names before the
    # one-word form a message fills a slot with (Désiré); no one-word Touray, Sawadogo, Traoré, Semedo or Baldé:
    # two of each; Bienvenu, Innocent and Baba are written as words too; qin bingquan, Gu Pinghai, Chen Wenbi and
    # Wang Meiyu are also written in characters)
    "Lamin Jallow": "贾拉明", "Fatou Ceesay": "塞法图", "Ebrima Touray": "图埃布", "Omar Touray": "图奥马",
    "Isatou Bojang": "博伊萨", "Modou Njie": "吉莫都", "Haddy Faal": "法哈迪", "Alieu Manneh": "曼阿略",
    "Kaddy Saidy": "赛卡迪", "Bienvenu Ouédraogo": "韦比恩", "Fidèle Kaboré": "卡菲德",
    "Salimata Sawadogo": "萨萨丽", "Aïcha Sawadogo": "萨艾莎", "Rasmané Zongo": "宗拉斯",
    "Adjaratou Ilboudo": "伊阿佳", "Innocent Zoungrana": "尊伊诺", "Désiré Yaméogo": "亚德西",
    "Clarisse Nikiéma": "尼克拉", "Seydou Diarra": "迪赛杜", "Aminata Coulibaly": "库阿米", "Bakary Konaté": "孔巴卡",
    "Kadiatou Sissoko": "西卡佳", "Boubacar Dembélé": "登布巴", "Mariam Diakité": "贾玛丽",
    "Fousseyni Traoré": "特富塞", "Hawa Traoré": "特哈娃", "Baba Maïga": "麦巴巴", "Ivanilda Tavares": "塔伊娃",
    "Adilson Semedo": "塞阿迪", "Edmilson Semedo": "塞埃德", "Nilton Varela": "瓦尼尔", "Sónia Fortes": "福索妮",
    "Jailson Monteiro": "蒙杰森", "Kátia Lopes": "洛卡蒂", "Hélder Moreno": "莫埃德", "Braima Camará": "卡布莱",
    "Aissatu Baldé": "巴艾萨", "Tcherno Baldé": "巴切尔", "Mamadu Djaló": "贾马杜", "Fatumata Sanhá": "桑法图",
    "Armando Có": "科阿曼", "Domingas Mendes": "门多明", "Suleimane Candé": "坎苏莱",
    "qin bingquan": "覃冰泉", "Gu Pinghai": "古平海", "Chen Wenbi": "陈文笔", "Wang Meiyu": "王美玉",
    "Désiré": "亚德西",
    # dev98 (Vientiane, Dili, Okinawa, Gwangju and Medan names, pinyin names; full names before the one-word forms a
    # message uses; no one-word Phommachanh, Belo, Higa, Siregar or Shin (two of each); Keo is Keo Manivong's given
    # name inside Phonesavanh Keomany's surname; Ucok, Nito, Euay Noy, Teruya buchō, Pak Manurung, Hwangbo sunbae
    # are mentioned in text only; Gou Yonghong, mei feng, tong manyi and shou na are also written in characters)
    "Khamphone Vongsa": "翁坎蓬", "Sengdao Inthavong": "殷森道", "Souksavanh Phommachanh": "潘苏克",
    "Vilayvanh Phommachanh": "潘维莱", "Bounmy Sisouphanh": "西本米", "Keo Manivong": "马基奥",
    "Phonesavanh Keomany": "基蓬萨", "Jacinto Soares": "索哈辛", "Zelia Guterres": "古泽莉",
    "Natalino da Costa": "科纳塔", "Ermelinda Ximenes": "希尔梅", "Agostinho Belo": "贝阿戈", "Domingas Belo": "贝多明",
    "Mateus Pereira": "佩马特", "Filomena dos Santos": "桑菲洛", "Yuma Shimabukuro": "岛袋优真",
    "Sakura Kinjo": "金城樱", "Kaito Higa": "比嘉海斗", "Saori Higa": "比嘉沙织", "Mana Chinen": "知念真奈",
    "Ryo Nakandakari": "仲村渠凉", "Nozomi Gushiken": "具志坚希", "Shin Oshiro": "大城慎",
    "Haruto Yonamine": "与那岭翔", "Hwangbo Min-jae": "皇甫敏在", "Namgung Eun-ji": "南宫恩智",
    "Jegal Seo-yeon": "诸葛瑞妍", "Shin Ha-eun": "申夏恩", "Yeo Jun-ho": "吕俊浩", "Bong Ji-ah": "奉智雅",
    "Tak Seung-woo": "卓承佑", "Pyo Da-som": "表多松", "Bonar Hutagalung": "胡博纳", "Tiur Simanjuntak": "西蒂乌",
    "Lamhot Siregar": "西拉霍", "Rosmauli Siregar": "西罗丝", "Hotma Nainggolan": "奈霍特", "Dedi Pardede": "帕德迪",
    "Sahat Tampubolon": "坦萨哈", "Gou Yonghong": "苟永红", "mei feng": "梅凤", "tong manyi": "童满意",
    "shou na": "寿娜",
    "Souksavanh": "潘苏克", "Zelia": "古泽莉",
    # dev99 (Iqaluit, Thompson MB Cree, Downeast Maine, Chicago and Provo names, pinyin names; full names before
    # the one-word forms a message uses, mentions or rules out; no one-word Skye, Darlene, Dwayne, Hope, Pat,
    # Kasia, Tanner or Ashlyn (earlier rounds' keys); Shi Jinxiu, Gong Jianxin, Tai Xiaojun, lou lan and
    # qu huiying are also written in characters; Kokum Marlene, Sister Larsen, Elder Sorensen fill no slot)
    "Elisapee Kilabuk": "基丽莎", "Pauloosie Akeeagok": "阿保禄", "Leetia Ootoova": "乌莉蒂",
    "Joanasie Kunuk": "库乔纳", "Looee Pitsiulak": "皮露依", "Annie Arnaquq": "阿安妮", "Jeannie Arnaquq": "阿珍妮",
    "Qajaaq Tagak": "塔卡亚", "Darlene Flett": "弗达琳", "Tyrone Spence": "斯泰隆", "Raven Beardy": "比蕾文",
    "Skye Linklater": "林斯凯", "Marlene Monias": "莫玛琳", "Dakota Spence": "斯达科", "Brandon Kirkness": "柯伯顿",
    "Lorraine Moose": "穆洛琳", "Hope Alley": "阿霍佩", "Dwayne Beal": "贝德韦", "Tammy Beal": "贝塔米",
    "Chris Look": "卢克里", "Ronnie Wass": "瓦罗尼", "Brooke Lord": "罗布鲁", "Carleton Dyer": "戴卡顿",
    "Sherry Pinkham": "平雪莉", "Stan Kowalczyk": "柯斯坦", "Mike Kowalczyk": "柯迈克", "Dorota Wrobel": "沃多萝",
    "Rosie Gutierrez": "古罗茜", "Pat Brennan": "布帕特", "Kasia Nowak": "诺嘉霞", "Eddie Jaworski": "亚艾迪",
    "McKenna Larsen": "拉麦肯", "Tanner Jensen": "詹坦纳", "Brynlee Jensen": "詹布琳", "Kade Sorensen": "索凯德",
    "Lexi Hatch": "哈莱茜", "Ashlyn Young": "杨艾琳", "Oaklee Christensen": "克欧克",
    "Shi Jinxiu": "施锦绣", "Gong Jianxin": "龚建新", "Tai Xiaojun": "邰小军", "lou lan": "楼兰",
    "qu huiying": "瞿惠英",
    "Joanasie": "库乔纳", "Tammy": "贝塔米", "Brynlee": "詹布琳", "Leetia": "乌莉蒂", "Annie": "阿安妮",
    "Jeannie": "阿珍妮", "Elisapee": "基丽莎", "Dakota": "斯达科", "Raven": "比蕾文", "Marlene": "莫玛琳",
    "Ronnie": "瓦罗尼", "Brooke": "罗布鲁", "Mike": "柯迈克", "Eddie": "亚艾迪", "Stan": "柯斯坦", "Rosie": "古罗茜",
    "Dorota": "沃多萝", "Kade": "索凯德", "Lexi": "哈莱茜", "McKenna": "拉麦肯", "Oaklee": "克欧克",
    # dev100 (Sfax, Omdurman, Kuwait, Massawa and Djibouti names, pinyin names; full names before the one-word
    # forms a message uses; no one-word Kammoun, Elamin, Al-Mutairi, Tesfay or Robleh (two of each); Omer Babiker
    # and Babiker Omer are two members; he chunlan and chen xiang are also written in characters; Si Mounir,
    # Bu Fahad, Bu Khalid, 阿普, 阿卡更登 and Dawit the truck driver are no members)
    "Houssem Kammoun": "卡胡塞", "Fatma Kammoun": "卡法特", "Walid Frikha": "弗瓦利", "Rania Ellouze": "卢拉妮",
    "Amel Sellami": "塞阿梅", "Skander Abdelmoula": "阿斯坎", "Saber Triki": "特萨贝", "Omer Babiker": "巴奥马",
    "Babiker Omer": "奥巴比", "Hiba Elamin": "阿希芭", "Mazin Elamin": "阿马津", "Tagwa Mirghani": "米塔格",
    "Khalid Elfadil": "法哈利", "Ihsan Abdelrahim": "拉伊桑", "Fahad Al-Mutairi": "穆法赫",
    "Sarah Al-Mutairi": "穆萨拉", "Bader Al-Enezi": "埃巴德", "Noura Al-Rashidi": "拉努拉",
    "Mishari Al-Kandari": "坎米沙", "Hessa Al-Otaibi": "奥海萨", "Yousef Behbehani": "贝尤素",
    "Dalal Al-Ajmi": "阿达拉", "Semhar Tesfay": "特塞姆", "Robel Tesfay": "特罗贝", "Filmon Ghebreab": "格菲蒙",
    "Luwam Berhe": "贝露望", "Dawit Habte": "哈达维", "Rahel Yemane": "耶拉赫", "Aklilu Kidane": "基阿克",
    "Hodan Robleh": "罗霍丹", "Ayanleh Robleh": "罗阿扬", "Fathia Houssein": "胡法蒂", "Moussa Bouh": "布穆萨",
    "Kadra Mahamoud": "马卡德", "Ismaël Daher": "达伊斯", "Aicha Dabaleh": "达艾莎",
    "chen xiang": "陈香", "he chunlan": "和春兰",
    "Amel": "塞阿梅", "Yousef": "贝尤素", "Luwam": "贝露望", "Kadra": "马卡德", "Mazin": "阿马津",
    # dev101 (Jersey, Lewis, Donegal, Bristol and Norfolk names, pinyin names; full names before the one-word
    # forms a message uses; Murdo Ruadh (Murdo Macleod's by-name) and Seán Mac Giolla Bhríde (the Irish form of
    # Seán McBride, the name on the system) are glossed in the text and fill no slot; no one-word Jodie, Tash or
    # Maureen (earlier rounds' keys), so Kayleigh, Mandy and Peggy; lin hai, Zhou Manyue and Bao Chagan are also
    # written in characters; 玛达姆, 郭总, 老板娘 and the GM are no members)
    "Marie Le Sueur": "勒玛丽", "Philip Le Sueur": "勒菲利", "Ross Vibert": "维罗斯", "Hannah Renouf": "雷汉娜",
    "Daniel Le Brocq": "布丹尼", "Shelley Perchard": "佩雪莉", "Corinne de Gruchy": "格柯琳",
    "Gavin Mauger": "莫加文", "Murdo Morrison": "莫默多", "Murdo Macleod": "麦默多",
    "Seonaid Maciver": "麦肖娜", "Kenny Macaulay": "麦凯尼", "Peigi Nicolson": "尼佩姬", "Calum Mackenzie": "麦卡勒",
    "Agnes Murray": "默艾格", "Iain Smith": "史伊恩", "Bríd Bonner": "邦布丽", "Manus Bonner": "邦马努",
    "Gráinne McGinley": "麦格兰", "Condy Gallagher": "加康迪", "Róisín Sweeney": "斯罗欣", "Seán McBride": "布肖恩",
    "Neilly Coll": "科尼利", "Áine Doherty": "多安雅",
    "Clifton Baker": "贝克里", "Kayleigh Hillier": "希凯莉", "Dean Pring": "普迪恩", "Shanice Hazell": "黑莎妮",
    "Kieran Tovey": "托基兰", "Nadine Gulliford": "古娜丁", "Mandy Ferris": "费曼迪", "Lenny Crabbe": "克莱尼",
    "Ivy Bishop": "毕艾薇", "Reggie Gaze": "盖雷吉", "Dawn Platten": "普道恩", "Shane Myhill": "迈沙恩",
    "Sandra Thirtle": "瑟桑德", "Roy Howlett": "豪罗伊", "Tracey Howlett": "豪翠西", "Peggy Dyball": "戴佩姬",
    "lin hai": "林海", "Zhou Manyue": "周满月", "Bao Chagan": "包查干",
    "Philip": "勒菲利", "Seonaid": "麦肖娜", "Peigi": "尼佩姬", "Aine": "多安雅", "Clifton": "贝克里",
    "Kayleigh": "希凯莉", "Mandy": "费曼迪", "Dawn": "普道恩", "Peggy": "戴佩姬",
    # dev102 (Angeles City Kapampangan, Zamboanga Chavacano, Kota Bharu Kelantan, Manado and Huế names, pinyin
    # names; full names before the one-word forms a message uses; no one-word Dayrit, Ramil, Nik or Pangemanan
    # (two of each), and Lovely stays an earlier round's key; the Huế names are also typed without diacritics;
    # you xiaoyan and Nian Zhijian are also written in characters; Capt. Sicat, Tok Dalang Hamzah, Coach Om
    # Ventje and Mệ Nhu fill no slot)
    "Jet Canlas": "坎杰特", "Ace Pamintuan": "潘艾斯", "Mylene Dayrit": "戴米琳", "Arvin Dayrit": "戴阿文",
    "Kristel Lansangan": "兰克丝", "Ronald Yumul": "尤罗纳", "Lovely Tiglao": "蒂洛芙", "Fe Atilano": "阿蒂菲",
    "Dindo Climaco": "克丁多", "Nenita Saavedra": "萨妮塔", "Consuelo Enriquez": "恩康苏",
    "Nurhaida Jikiri": "吉努海", "Ramil Macrohon": "马拉米", "Ramil Bayot": "拜拉米", "Nik Faizal": "尼法扎",
    "Nik Hafizah": "尼哈菲", "Wan Suria": "万苏丽", "Che Intan": "车因丹", "Azman Jusoh": "朱阿兹",
    "Rosnani Daud": "达罗斯", "Zul Hakimi": "哈祖尔", "Lucky Rumondor": "鲁拉基", "Stenly Pangemanan": "庞斯滕",
    "Meiske Pangemanan": "庞梅丝", "Fanny Lumenta": "卢法妮", "Jefry Sondakh": "宋杰弗", "Deisy Wowor": "沃黛西",
    "Rio Kalalo": "卡里奥", "Tôn Nữ Minh Châu": "尊女明珠", "Tôn Thất Quang": "尊室光", "Lê Thị Hương": "黎氏香",
    "Phan Văn Bình": "潘文平", "Hồ Thị Sen": "胡氏莲", "Võ Đình Lộc": "武廷禄", "Trần Thu Trang": "陈秋妆",
    "Tran Thu Trang": "陈秋妆", "Ho Thi Sen": "胡氏莲", "Le Thi Huong": "黎氏香", "Vo Dinh Loc": "武廷禄",
    "you xiaoyan": "游晓燕", "Nian Zhijian": "粘志坚",
    "Dindo": "克丁多", "Rio": "卡里奥", "Meiske": "庞梅丝",
    # dev103 (Luanda, Kinshasa, Bujumbura, Gqeberha and Pretoria names, pinyin names; full names before the one-word
    # forms a message uses; no one-word Kiala, Kabeya, Niyongabo, Makhaya or Botha (two of each), and Esperança,
    # Aline, Divine and Odette stay earlier rounds' keys; tan yuhu and Ban Changqing are also written in characters;
    # the kota, Maman Nzuzi, Madamu Niyonzima, Tata Qamata, sisi Thembeka, Oom Frik and Dário fill no slot)
    "Adilson Kiala": "基阿迪", "Jandira Kiala": "基詹迪", "Esperança Neto": "内埃斯", "Domingos Cassoma": "卡多明",
    "Telma Lourenço": "洛特尔", "Délcio Mateta": "马德西", "Yuri Sebastião": "塞尤里", "Trésor Ilunga": "伊特雷",
    "Merveille Kabeya": "卡梅维", "Bijou Kabeya": "卡碧珠", "Gloire Mbuyi": "布格洛", "Fiston Tshibangu": "齐菲斯",
    "Christelle Mukendi": "穆克丽", "Patience Nzuzi": "祖佩希", "Dieudonné Kalonji": "卡迪厄",
    "Innocent Ndayishimiye": "达伊诺", "Aline Niyonzima": "尼阿琳", "Pacifique Nduwimana": "杜帕西",
    "Divine Irakoze": "伊蒂维", "Léonce Hakizimana": "哈莱翁", "Claudine Ndikumana": "迪克劳",
    "Fabrice Niyongabo": "尼法布", "Odette Niyongabo": "尼奥黛", "Lwazi Qamata": "卡瓦齐", "Thembeka Mxenge": "姆滕贝",
    "Luvuyo Ngqula": "恩卢武", "Zukiswa Makhaya": "马祖琪", "Gift Makhaya": "马吉夫", "Sinethemba Jonas": "乔西内",
    "Andile Tshangana": "昌安迪", "Wikus Botha": "博维库", "Elmarie Botha": "博艾玛", "Marietjie Pretorius": "普玛丽",
    "Dewald du Plessis": "杜德瓦", "Lizette Janse van Rensburg": "范莉泽", "Wynand Nel": "内怀南",
    "Hennie Joubert": "朱亨尼", "tan yuhu": "谭雨湖", "Ban Changqing": "班长青",
    "Délcio": "马德西", "Bijou": "卡碧珠", "Fiston": "齐菲斯", "Léonce": "哈莱翁", "Zukiswa": "马祖琪",
    "Marietjie": "普玛丽",
    # dev104 (Palermo, Bilbao, Tallinn, Tirana and Luxembourg names, pinyin names; full names before the one-word
    # forms a message uses; no one-word Lo Presti, Agirre, Tamm, Hoxha or Weber (two of each); Xuanyuan Jun,
    # Ma Zhong and yao ruibing are also written in characters; Lillo, Pina, Enzo, Turi, Don Peppe, Zoti Gjoka and
    # Mme Schmit fill no slot)
    "Salvatore Lo Presti": "罗萨瓦", "Vincenzo Lo Presti": "罗温佐", "Rosalia La Mantia": "曼罗莎",
    "Calogero Spataro": "斯卡洛", "Giuseppina Di Franco": "狄朱丝", "Agata Messina": "梅阿加",
    "Carmelo Pecoraro": "佩卡梅", "Iñaki Etxeberria": "埃伊纳", "Amaia Goikoetxea": "戈阿玛", "Gorka Uribe": "乌戈卡",
    "Itziar Zubizarreta": "苏伊齐", "Mikel Agirre": "阿米克", "Ane Agirre": "阿安内", "Koldo Arrizabalaga": "阿科多",
    "Unai Bilbao": "毕乌奈", "Itsaso Larrea": "拉伊萨", "Kristjan Tamm": "谭克里", "Maarja Tamm": "谭玛利",
    "Liis Kask": "卡莉丝", "Mart Saar": "萨马特", "Kadri Mägi": "梅卡德", "Tõnu Sepp": "塞托努", "Triin Kukk": "库特琳",
    "Priit Rebane": "雷普里", "Arben Hoxha": "霍阿本", "Dritan Hoxha": "霍德里", "Elira Shehu": "谢艾莉",
    "Klodian Dervishi": "德克洛", "Blerina Krasniqi": "克布蕾", "Erion Kola": "科埃里", "Anila Basha": "巴阿妮",
    "Besa Muça": "穆贝莎", "Ermal Çela": "切埃马", "Claude Wagner": "瓦克劳", "Tessy Reuter": "罗泰西",
    "Jeff Muller": "穆杰夫", "Carole Weber": "韦卡萝", "Nadine Weber": "韦娜丁", "Marc Hoffmann": "霍马克",
    "Pit Kieffer": "基皮特", "Gilles Thill": "蒂吉勒",
    "Xuanyuan Jun": "轩辕钧", "Ma Zhong": "马中", "yao ruibing": "要瑞兵",
    "Itsaso": "拉伊萨", "Jeff": "穆杰夫", "Besa": "穆贝莎",
    # dev105 (Chinese members with English names and foreign colleagues; Priya Nair is 奈普丽 as above; the
    # one-word Grace, May and Will are in ENGLISH_OF_ROUND, earlier rounds gave those words other members;
    # the lowercase pinyin hanlixin, xuwenbo and ouyangminghui are labelled with the Chinese names and are those
    # members' userids; 经理 and 总监 fill no slot)
    "Kevin Zhang": "张凯文", "Vivian Lu": "卢薇薇", "Sarah Miller": "米莎拉", "Daniel Foster": "福丹尼",
    "Marco Rossi": "罗马可", "Hannah Schmidt": "施汉娜", "Lucas Martin": "马卢卡", "Emily Carter": "卡艾米",
    "Yuki Tanaka": "田由纪", "Tom Becker": "贝汤姆", "Olivia Brown": "布奥莉",
    # dev106 (everyday office English, Singapore, Indian, German and French voices; foreign colleagues get invented
    # Chinese member names, Chinese staff keep their English names beside their Chinese ones; two Davids told apart
    # by surname; the round's pinyin names are in ENGLISH_OF_ROUND below)
    "Sarah Mitchell": "米雪拉", "Tom Riley": "莱汤姆", "Tim Walsh": "沃蒂姆", "James O'Connor": "康詹姆",
    "Emily Watson": "华艾米", "Mark Evans": "埃马克", "Will Carter": "卡威尔", "Chloe Adams": "亚克洛",
    "Liam Hughes": "休利亚", "Ben Foster": "福本", "Oliver Hayes": "海奥利", "Nicole Park": "朴妮可",
    "Julie Martin": "马朱丽", "David Osei": "奥大卫", "David Kim": "金大卫",
    "Summer Lee": "李夏", "Grace Tan": "陈恩慈",
    "Hope Larkin": "拉霍普", "May Ong": "王梅英", "Rohan Gupta": "古罗汉", "Vikas Menon": "孟维卡",
    "Meera Pillai": "皮米拉", "Sunita Reddy": "雷苏妮", "Tan Wei Jie": "陈伟杰", "Aminah Yusof": "尤阿米",
    "Aziz Hamzah": "哈阿齐", "Farah Ismail": "伊法拉", "Lena Schmidt": "施蕾娜", "Felix Braun": "布费利",
    "Ahmed Khan": "汗艾哈", "Helen Wu": "吴红燕", "Jason Li": "李建生", "Frank Zhou": "周峰",
    "Angela Ma": "马丽娅", "Peter Gao": "高鹏", "Tony Xu": "徐东", "Linda Huang": "黄丽丹",
    # dev107 (everyday office voices; foreign colleagues get invented Chinese member names, Chinese staff keep their
    # English names beside their Chinese ones, lowercase spellings as written; the pinyin Gao Mingze and liu siqi
    # are the english_names of 高明泽 and 刘思淇; none of these names or members was used by an earlier round)
    "Cindy Hou": "侯欣怡", "Jerry Pan": "潘家睿", "Ivy Deng": "邓艾薇", "Bruce Yan": "严博文", "Stella Qian": "钱思彤",
    "Alan Cui": "崔家伦", "bruce yan": "严博文", "alan cui": "崔家伦",
    "Rebecca Moore": "穆瑞贝", "Thomas Wright": "莱托马", "Anna Kowalski": "柯娜莎", "Raj Malhotra": "马拉杰",
    "Carlos Mendez": "门卡洛", "Kenji Watanabe": "渡健二", "Laura Fischer": "费劳拉", "Michael Turner": "特迈克",
    "Faith Lambert": "兰菲丝", "Bill Ramsey": "拉比尔", "Rich Porter": "波理奇",
    "Gao Mingze": "高明泽", "liu siqi": "刘思淇",
    # dev108 (everyday offices: Chinese staff with English names beside foreign colleagues, who get invented
    # Chinese member names; two Michaels told apart by surname; Pan Yiming and Hu Dongsheng are pinyin names; the
    # one-word Kelly and the lower-case bruce yan / alan qiu name the same members; Bruce, Lucas and Michael
    # written alone fill no slot)
    "Kelly Zhou": "周佳莉", "Howard Xie": "谢浩", "Cathy Liang": "梁嘉琪", "Wendy Fu": "傅文迪",
    "Alan Qiu": "邱亚伦", "Sunny Tao": "陶晴", "Rebecca Lindqvist": "林蕾贝", "Thomas Berger": "贝托马",
    "Aisha Rahman": "饶艾莎", "Carlos Mendoza": "门卡罗", "Hiroshi Yamada": "山田宏", "Natasha Ivanova": "伊娜塔",
    "Patrick Nolan": "诺帕特", "Megan Foley": "福梅根", "Michael Burke": "伯迈克", "Michael Tan": "陈迈克",
    "Sophie Martel": "马索菲", "Lucas Ferreira": "费卢卡", "Pan Yiming": "潘一鸣", "Hu Dongsheng": "胡东升",
    "Kelly": "周佳莉", "alan qiu": "邱亚伦",
    # dev109 (Chinese-heavy everyday offices: Chinese staff with English names keep their Chinese names, foreign
    # colleagues get invented Chinese member names; one-word Vicky is 骆薇琪's alias; the lower-case stefan novak and
    # ruth keller name the same members; the pinyin Zhan Guoqiang and Qi Jiaxin are the english_names of 詹国强 and
    # 祁佳欣; Coco, Stefan, Hugo, Allen, Gareth and Hamish written alone fill no slot)
    "Vicky Luo": "骆薇琪", "Coco Bai": "白可可", "Tracy Ye": "叶翠茜", "Sherry Guan": "关雪莉", "Allen Shi": "石艾伦",
    "Hugo Fang": "方雨果", "Gareth Hughes": "休加瑞", "Stefan Novak": "诺斯特", "Yasmin Haddad": "哈雅敏",
    "Ruth Keller": "凯露丝", "Aditya Kulkarni": "库阿迪", "Hamish Boyd": "博哈米", "Mariana Costa": "柯玛丽",
    "Zhan Guoqiang": "詹国强", "Qi Jiaxin": "祁佳欣", "Vicky": "骆薇琪", "stefan novak": "诺斯特",
    "ruth keller": "凯露丝",
    # dev110 (English-heavy and code-mixed offices: US, UK, Australian, Canadian, Irish, Indian, German, Spanish,
    # Japanese and Korean colleagues get invented Chinese member names; Singaporean and mainland staff keep their
    # English names beside their Chinese ones (Cheryl Teo is 张雪芸, also written so); Xu Haoran, Zhu Yiting and
    # Gu Mingxuan are pinyin names; the one-word Poppy, Étienne, Arjun and Karthik and the lower-case bonnie lai /
    # wayne zheng name the same members; cao yuhang is in ENGLISH_OF_ROUND, dev105 has 曹宇航 with no English name)
    "Brianna Cole": "柯布蕊", "Garrett Sloan": "斯加瑞", "Tanner Reed": "瑞坦纳", "Poppy Ashford": "艾波比",
    "Giles Hartnell": "哈吉尔", "Bronwyn Keane": "基布朗", "Shane Kowalczyk": "柯沙恩", "Étienne Lavoie": "拉艾蒂",
    "Renée Paquette": "帕蕾妮", "Niamh Gallagher": "加妮娅", "Ciarán Whelan": "韦基兰", "Sneha Joshi": "乔思娜",
    "Arjun Bhatt": "巴阿俊", "Karthik Subramaniam": "苏卡迪", "Lukas Vogt": "沃卢克", "Anke Schulz": "舒安可",
    "Alba Jiménez": "希阿尔", "Iñigo Larrea": "拉伊尼", "Takeshi Mori": "森武", "Yumi Sato": "佐由美",
    "Park Seoyeon": "朴瑞妍", "Kim Dohyun": "金道贤", "Cheryl Teo": "张雪芸", "Desmond Koh": "许德明",
    "Crystal Tian": "田欣怡", "Ada Pang": "庞雅丹", "Ricky Hu": "胡立奇", "Sherry Ding": "丁雪莉", "Leon Qin": "秦力",
    "Tracy Bao": "鲍婷", "Wayne Zheng": "郑伟", "Bonnie Lai": "赖宝妮", "Xu Haoran": "许浩然", "Zhu Yiting": "朱怡婷",
    "Gu Mingxuan": "顾明轩",
    "Poppy": "艾波比", "Étienne": "拉艾蒂", "Arjun": "巴阿俊", "Karthik": "苏卡迪", "bonnie lai": "赖宝妮",
    "wayne zheng": "郑伟",
    # dev111 (mostly the other intents and look-alikes: Chinese staff with English names keep their Chinese member
    # names, foreign colleagues get invented ones; the pinyin Lu Siyuan and lower-case gong xueying are the
    # english_names of 陆思远 and 龚雪莹; first names written alone (Greta, Diego, Coco, Kenny, Marcus, Nate,
    # Hannah, Oscar, Vicky) fill no slot; none of these names or members was used by an earlier round)
    "Vicky Lam": "林慧琪", "Kenny Luo": "罗建明", "Sam Ho": "何森", "Coco Wen": "温可可", "Tiffany Guo": "郭婷芳",
    "Irene Shi": "石艾琳", "Hannah Okafor": "欧汉娜", "Marcus Webb": "韦马可", "Greta Lindholm": "林葛瑞",
    "Diego Alvarez": "阿迭戈", "Oscar Bennett": "贝奥斯", "Yusuf Demir": "德优素", "Sofia Romano": "罗菲雅",
    "Nate Brennan": "布内特", "Lu Siyuan": "陆思远", "gong xueying": "龚雪莹",
    # dev112 (Chinese staff with English names keep invented Chinese member names, foreign colleagues get invented
    # ones; the pinyin Mo Tianyu and lower-case xia wenjing are the english_names of 莫天宇 and 夏文菁; the lower-case
    # ivan hou and gemma fairlie name the same members; Gemma written alone fills no slot; none of these names or
    # members was used by an earlier round)
    "Vivian Tsang": "曾慧文", "Stanley Kwok": "郭士礼", "Phoebe Lau": "刘思蓓", "Helen Xia": "夏海伦",
    "Ken Ding": "丁肯", "Wendy Xiang": "项文迪", "Ivan Hou": "侯一凡", "Gemma Fairlie": "费洁玛",
    "Tobias Krantz": "克托拜",
    "Priya Venkataraman": "文普丽", "Hiroshi Endo": "远藤宏", "Claire Dufresne": "杜克蕾", "Mo Tianyu": "莫天宇",
    "xia wenjing": "夏文菁", "ivan hou": "侯一凡", "gemma fairlie": "费洁玛",
    # dev113 (typed fast on a phone: Chinese staff with English names keep invented Chinese member names, foreign
    # colleagues get invented ones; the lower-case spellings name the same members; one-word Lorcan is 杜洛肯's
    # alias; the pinyin xiang yutong and tao jingwen are the english_names of 向雨彤 and 陶静雯, also written in
    # characters; none of these names or members was used by an earlier round)
    "Kelvin Yau": "丘家伟", "Stella Mok": "莫诗雅", "Jason Feng": "冯家轩",
    "Angela Xiong": "熊安琪", "Bruce Qiao": "乔博文", "Hugh Dalton": "戴休", "Priya Raman": "饶普雅",
    "Lars Eriksen": "艾拉斯", "Lorcan Duffy": "杜洛肯", "xiang yutong": "向雨彤", "tao jingwen": "陶静雯",
    "kelvin yau": "丘家伟", "stella mok": "莫诗雅", "jason feng": "冯家轩",
    "angela xiong": "熊安琪", "bruce qiao": "乔博文", "hugh dalton": "戴休", "priya raman": "饶普雅",
    "lars eriksen": "艾拉斯", "lorcan duffy": "杜洛肯", "lorcan": "杜洛肯", "Lorcan": "杜洛肯",
    # dev114 (English-heavy: Chinese staff with English names and foreign colleagues get invented Chinese member
    # names; the lower-case and all-caps spellings name the same members; the pinyin bao yiran and Kang Zhixuan are
    # the english_names of 鲍怡然 and 康志轩; none of these names or members was used by an earlier round)
    "Amber Tian": "田安蓓", "Brenda Qu": "瞿柏妍", "Cody Xie": "谢可迪", "Dora Meng": "孟朵拉",
    "Felix Luan": "栾飞立", "Gloria Pan": "潘歌莉", "Harvey Jin": "金浩维", "Iris Chai": "柴艾瑞",
    "Jocelyn Bao": "鲍乔琳", "Kimberly Ruan": "阮金佩", "Lionel Dong": "董立昂", "Melody Zhan": "詹美乐",
    "Aditya Krishnan": "克阿迪", "Bernadette Cruz": "柯贝娜", "Callum Ashby": "艾卡伦", "Dinesh Pillai": "皮迪内",
    "Eleanor Whitfield": "魏艾琳", "Liam O'Connell": "欧利安", "Georgina Blythe": "布乔娜",
    "bao yiran": "鲍怡然", "Kang Zhixuan": "康志轩",
    "harvey jin": "金浩维", "iris chai": "柴艾瑞", "jocelyn bao": "鲍乔琳", "amber tian": "田安蓓",
    "liam o'connell": "欧利安", "bernadette cruz": "柯贝娜", "GLORIA PAN": "潘歌莉", "JOCELYN BAO": "鲍乔琳",
    # dev115 (mostly the other intents and look-alikes: Chinese staff with English names keep invented Chinese
    # member names, foreign colleagues get invented ones; the lower-case wesley niu and yvonne zuo name the same
    # members; the lower-case pinyin ruan mingjie and shi qingyao are the english_names of 阮明杰 and 时清瑶; first
    # names written alone (Rita, Tony, Yvonne) fill no slot; none of these names or members was used by an earlier
    # round)
    "Nelson Qu": "瞿乃森", "Patrick Yue": "岳柏宁", "Rita Mou": "牟瑞婷", "Sabrina Ke": "柯思贝", "Tony Lian": "连栋",
    "Vanessa Geng": "耿雯珊", "Wesley Niu": "牛伟立", "Yvonne Zuo": "左依雯", "Zack Peng": "彭泽凯",
    "Tomasz Nowak": "诺托马", "Yara Haddad": "哈雅拉", "Ngozi Eze": "艾恩果", "Siddharth Menon": "孟思德",
    "Rhodri Pugh": "蒲罗德", "wesley niu": "牛伟立", "yvonne zuo": "左依雯", "ruan mingjie": "阮明杰",
    "shi qingyao": "时清瑶",
    # dev116 (a realistic mix of everything: Chinese staff with English names keep invented Chinese member names,
    # foreign colleagues get invented ones; the lower-case and all-caps spellings name the same members; the
    # lower-case pinyin ji wanqing, kang yurou and ding shuhan are the english_names of 季婉清, 亢雨柔 and 丁书涵;
    # every English given name starts with a to m; none of these names or members was used by an earlier round)
    "Abigail Sheng": "盛艾比", "Carmen Zhuo": "卓嘉敏", "Elaine Kuang": "邝依琳", "Gavin Lou": "娄家文",
    "Jasper Gan": "甘嘉柏", "Kristy Weng": "翁佳蒂", "Lydia Miao": "苗丽迪", "Marvin Ji": "纪文斌",
    "Declan Hurley": "何德兰", "Aisha Bello": "贝艾莎", "Fergus Mahon": "马弗格", "Lakshmi Venugopal": "韦拉珂",
    "ji wanqing": "季婉清", "kang yurou": "亢雨柔", "ding shuhan": "丁书涵",
    "gavin lou": "娄家文", "elaine kuang": "邝依琳", "fergus mahon": "马弗格", "aisha bello": "贝艾莎",
    "CARMEN ZHUO": "卓嘉敏", "KRISTY WENG": "翁佳蒂",
    # dev117 (natural handover requests: Chinese staff with English names and foreign colleagues get invented Chinese
    # member names; the lower-case and all-caps spellings name the same members; one-word Nadine, Pablo and Winona
    # are aliases (each the only one so named in the round); the pinyin rong yihan, Song Lanxin and tian shuyao are the
    # english_names of 荣一涵, 宋岚心 and 田书瑶 (荣一涵 and 宋岚心 also written in characters); none of these names or
    # members was used by an earlier round)
    "Nicole Sheng": "盛妮可", "Oscar Lai": "赖澳成", "Peggy Yan": "颜佩琪", "Quinn Zhuang": "庄琨",
    "Raymond Tse": "谢文彬", "Selina Hou": "侯思琳", "Trevor Mak": "麦德伟", "Ursula Fok": "霍秀珊",
    "Vince Kuang": "邝文轩", "Winona Tao": "陶慧娜", "Xavier Lo": "卢泽维", "Yolanda Mei": "梅钰兰",
    "Zelda Qiu": "裘泽黛", "Nadine Okoro": "奥纳丁", "Pablo Serrano": "塞巴勃", "Rosalind Hart": "哈罗莎",
    "Uma Reddy": "雷乌玛", "Valentina Russo": "鲁瓦伦", "Rasmus Holm": "霍拉斯",
    "rong yihan": "荣一涵", "Song Lanxin": "宋岚心", "tian shuyao": "田书瑶",
    "winona tao": "陶慧娜", "vince kuang": "邝文轩", "trevor mak": "麦德伟", "NICOLE SHENG": "盛妮可",
    "RASMUS HOLM": "霍拉斯", "Nadine": "奥纳丁", "Pablo": "塞巴勃", "Winona": "陶慧娜",
    # dev118 (an outside checker's mix: Chinese staff with English names keep invented Chinese member names, foreign
    # colleagues get invented ones; the all-caps and lower-case spellings name the same members; the pinyin gao
    # shiyu, an ziyue and Ling Jiahui are the english_names of 高诗雨, 安子悦 and 凌佳慧; every English given name
    # starts with a to m; none of these names or members was used by an earlier round)
    "Amanda Xie": "谢曼达", "Brenda Qiao": "乔伦达", "Colin Fei": "费柯霖", "Doris Ye": "叶多丽",
    "Edwin Pang": "庞永德", "Felicia Hu": "胡菲莉", "Heidi Luo": "罗慧迪", "Janice Mo": "莫珍妮",
    "Leona Bao": "鲍丽娜", "Mandy Lu": "陆曼蒂", "Greta Sandberg": "桑格瑞", "Idris Bakare": "巴伊德",
    "Malik Osei": "奥马立", "Bjorn Halvorsen": "哈比约", "gao shiyu": "高诗雨", "an ziyue": "安子悦",
    "Ling Jiahui": "凌佳慧", "GRETA SANDBERG": "桑格瑞", "FELICIA HU": "胡菲莉", "leona bao": "鲍丽娜",
    "brenda qiao": "乔伦达",
    # dev119 (handovers at SaaS, insurance, real-estate and car-dealer companies: Chinese staff with English names and
    # foreign colleagues get invented Chinese member names; every English given name starts with n to z; the
    # lower-case and all-caps spellings name the same members; one-word Naomi, Rhys, Quentin and Nolan are aliases
    # (each the only one so named in the round), written after the full names; the lower-case pinyin xu wenkai, yan
    # ruoxi and tang haoming are the english_names of 徐文凯, 严若汐 and 唐浩明; none of these names or members was
    # used by an earlier round)
    "Nolan Bian": "边诺伦", "Phoebe Lan": "蓝菲比", "Quentin Shao": "邵昆廷", "Rowena Liang": "梁若薇",
    "Sylvia Tong": "童希薇", "Tristan Yuan": "袁思坦", "Vera Kang": "康薇拉", "Wade Ni": "倪伟德",
    "Yvette Fang": "方依蔚", "Zane Guo": "郭泽恩", "Naomi Cen": "岑乃美", "Otis Hua": "华奥迪",
    "Rhys Thornton": "桑瑞斯", "Odette Marchand": "马欧德", "Sunita Rao": "饶苏妮", "Nils Lindqvist": "林尼尔",
    "xu wenkai": "徐文凯", "yan ruoxi": "严若汐", "tang haoming": "唐浩明",
    "TRISTAN YUAN": "袁思坦", "ZANE GUO": "郭泽恩", "yvette fang": "方依蔚", "otis hua": "华奥迪",
    "Naomi": "岑乃美", "Rhys": "桑瑞斯", "Quentin": "邵昆廷", "Nolan": "边诺伦",
    # dev120 (factory, manufacturer and SOE HR and operations staff, and foreign managers at joint ventures:
    # Chinese staff with English names and the foreign colleagues get invented Chinese member names, the
    # Japanese one 近藤浩; every English given name starts with a to m; the all-caps and lower-case spellings
    # name the same members; the one-word Benedikt is an alias (the only one so named in the round), written
    # after the full names; the lower-case pinyin feng jianguo, lu xiaomei, bai haitao and kang shuzhen are
    # the english_names of 冯建国, 卢晓梅, 白海涛 and 康淑珍; none of these names or members was used by an
    # earlier round)
    "Alvin Qu": "曲文斌", "Bonnie Ke": "柯宝妮", "Cyrus Tan": "谭赛睿", "Daphne Lei": "雷黛芙",
    "Elaine Kou": "寇依琳", "Gordon Shi": "史高登", "Hazel Wen": "温海泽", "Irene Ding": "丁艾琳",
    "Jasper Niu": "牛嘉士", "Kenneth Yao": "姚肯尼", "Lorraine Ji": "纪洛琳", "Martin Gong": "龚马汀",
    "Benedikt Auer": "奥本迪", "Dagmar Voss": "沃达玛", "Helmut Kranz": "柯赫穆", "Isidro Campos": "康伊西",
    "Jarno Virtanen": "维亚诺", "Hiroshi Kondo": "近藤浩",
    "feng jianguo": "冯建国", "lu xiaomei": "卢晓梅", "bai haitao": "白海涛", "kang shuzhen": "康淑珍",
    "IRENE DING": "丁艾琳", "HAZEL WEN": "温海泽", "benedikt auer": "奥本迪", "isidro campos": "康伊西",
    "kenneth yao": "姚肯尼", "gordon shi": "史高登", "Benedikt": "奥本迪",
    # dev121 (team leads at e-commerce shops, livestream/MCN agencies and after-school training companies:
    # Chinese staff with English names and foreign colleagues get invented Chinese member names; every English
    # given name starts with n to z; the lower-case sunny ji and yoyo tan name the same members; one-word Yoyo
    # and Nico are aliases (each the only one so named in the round), written after the full names; the pinyin
    # tao yuxin, shi ruoyu, wen jiale and Pei Xinyue are the english_names of 陶雨昕, 石若渝, 温佳乐 and 裴欣悦; none of
    # these names or members was used by an earlier round)
    "Penny Qu": "曲佩妮", "Stella Mou": "牟思黛", "Tina Yao": "姚蒂娜", "Sunny Ji": "纪桑妮",
    "Vicky Dong": "董维琪", "Yoyo Tan": "谭悠悠", "Winnie Rao": "饶维妮", "Nico Huo": "霍尼可", "Zoe Pu": "蒲佐伊",
    "Rita Shang": "尚丽塔", "Quincy Dou": "窦昆西", "Tony Wen": "温托尼", "Sherry Yin": "殷雪莉",
    "Rafael Mendes": "孟拉斐", "Sasha Volkova": "沃萨莎", "Tobias Kruger": "克托比", "Yannick Dubois": "杜雅尼",
    "Shreya Kulkarni": "库什蕾", "Tariq Mansour": "曼塔里",
    "tao yuxin": "陶雨昕", "shi ruoyu": "石若渝", "wen jiale": "温佳乐", "Pei Xinyue": "裴欣悦",
    "sunny ji": "纪桑妮", "yoyo tan": "谭悠悠", "Yoyo": "谭悠悠", "Nico": "霍尼可",
    # dev122 (Taiwan, Hong Kong and Singapore/Malaysia voices: Chinese staff with English names and foreign
    # colleagues get invented Chinese member names; every English given name starts with a to m; the all-caps
    # and lower-case spellings name the same members; one-word Iskandar is an alias (the only Iskandar in the
    # round), written after the full name; the lower-case pinyin bao yixuan, fang zhiruo and mo tianyou are
    # the english_names of 鲍奕璇, 方芷若 and 莫天佑; none of these names or members was used by an earlier round)
    "Adeline Soh": "苏艾琳", "Benedict Ong": "王本迪", "Clement Tay": "郑克明", "Daphne Quek": "郭黛芬",
    "Elvin Yap": "叶伟文", "Germaine Koh": "许洁敏", "Jolene Sim": "沈卓琳", "Melvin Goh": "吴铭远",
    "Bernice Leung": "梁佩诗", "Dickson Yeung": "杨迪臣", "Eunice Tam": "谭宇欣", "Gilbert Chan": "陈嘉伯",
    "Hazel Poon": "潘海澄", "Leslie Chia": "谢礼诗", "Imelda Chua": "蔡美妲", "Arjun Pillai": "毕阿俊",
    "Iskandar Zainal": "扎伊斯", "Deepa Nair": "奈迪帕", "Aisyah Zulkifli": "祖爱莎",
    "bao yixuan": "鲍奕璇", "fang zhiruo": "方芷若", "mo tianyou": "莫天佑",
    "ARJUN PILLAI": "毕阿俊", "AISYAH ZULKIFLI": "祖爱莎", "dickson yeung": "杨迪臣", "daphne quek": "郭黛芬",
    "Iskandar": "扎伊斯",
    # dev123 (voice-input Chinese and non-native English at multinationals: Chinese staff with English names
    # and the Indian, German, Japanese, Korean and French colleagues get invented Chinese member names; every
    # English given name starts with n to z; one-word Pradeep, Ralf and Naoki are aliases (each the only one
    # so named in the round), written after the full names; the lower-case pinyin wu shiyun, tan yuxi, ning
    # zhaoyang, shi yanqiu and zou peiran are the english_names of 吴诗韵, 谭雨希, 宁朝阳, 史燕秋 and 邹沛然;
    # none of these names or members was used by an earlier round)
    "Nathan Qian": "钱南森", "Patrick Zou": "邹柏瑞", "Rachel Mao": "毛瑞秋", "Steven Ke": "柯斯文",
    "Tina Hao": "郝婷娜", "Victor Rong": "荣维克", "Wesley Pu": "浦卫斯", "Zoe Lian": "连佐伊",
    "Owen Shang": "尚欧文", "Queenie Luk": "陆琪妮", "Nandan Venkatesh": "文南丹",
    "Pradeep Subbaiah": "苏普迪", "Shalini Raghavan": "饶莎莉", "Ramesh Gowda": "高拉梅",
    "Ralf Dietrich": "迪拉夫", "Ute Brandl": "布乌特", "Sebastian Kühn": "屈塞巴",
    "Wolfgang Reiter": "莱沃冈", "Naoki Fujimura": "藤直树", "Takumi Aoyama": "青山拓海",
    "Yuki Hoshino": "星野由纪", "Ryu Seongho": "柳成浩", "Oh Woojin": "吴宇镇", "Noémie Girard": "吉诺米",
    "Olivier Marchetti": "马奥利", "Thibault Vasseur": "瓦蒂博", "Valérie Dumont": "杜瓦莱",
    "wu shiyun": "吴诗韵", "tan yuxi": "谭雨希", "ning zhaoyang": "宁朝阳", "shi yanqiu": "史燕秋",
    "zou peiran": "邹沛然",
    "Pradeep": "苏普迪", "Ralf": "迪拉夫", "Naoki": "藤直树",
    # dev124 (agents and managers at real-estate agencies, property management and insurance brokerages:
    # Chinese staff with English names and the foreign brokers get invented Chinese member names; every
    # English given name starts with a to m; the lower-case doris feng and flora mu name the same members;
    # one-word Amabel and Malachy are aliases (each the only one so named in the round), written after the
    # full names; the lower-case pinyin zhou yanbing, he xiaoqing, lan zhiwei and gu mengxi are the
    # english_names of 周砚冰, 贺晓青, 兰志伟 and 顾梦溪; none of these names or members was used by an
    # earlier round)
    "Angus Qiao": "乔昂格", "Bianca Lou": "娄碧卡", "Celine Gou": "苟思琳", "Dennis Ruan": "阮德尼",
    "Edwin Bian": "卞艾德", "Felix Zhen": "甄斐力", "Gloria Ran": "冉歌瑞", "Heidi Song": "宋海蒂",
    "Iris Kuang": "邝艾思", "Jocelyn Mei": "梅卓琳", "Kelvin Shao": "邵凯闻", "Linda Xiang": "项琳达",
    "Maggie Yue": "岳美琪", "Carmen Lai": "赖卡门", "Doris Feng": "冯朵丽", "Flora Mu": "穆芙萝",
    "Amabel Kwok": "郭美宝", "Marcus Holloway": "霍马可", "Astrid Lindqvist": "林阿斯",
    "Camille Rousseau": "卢卡米", "Giulia Bernardi": "贝朱莉", "Kenji Morita": "森田健二",
    "Javier Molina": "莫哈维", "Malachy Byrne": "伯马拉",
    "zhou yanbing": "周砚冰", "he xiaoqing": "贺晓青", "lan zhiwei": "兰志伟", "gu mengxi": "顾梦溪",
    "doris feng": "冯朵丽", "flora mu": "穆芙萝", "Amabel": "郭美宝", "Malachy": "伯马拉",
    # dev125 (customer-success and account managers at IT/SaaS companies writing Slack-style English, and
    # their Chinese colleagues mixing in Chinese: the US, UK, Australian and Irish colleagues and the Chinese
    # staff with English names get invented Chinese member names; every English given name starts with n to
    # z; one-word Ruairi and Saskia are aliases (each the only one so named in the round), written after the
    # full names; lower-case spellings follow the capitalised ones; the lower-case pinyin song yutong, wei
    # jingshu, xu zhenyu, pan yiran and yu ruolan are the english_names of 宋雨桐, 魏静姝, 徐振宇, 潘一然 and
    # 俞若兰; none of these names or members was used by an earlier round)
    "Ruairi Breslin": "布瑞睿", "Orla Brennan": "白奥拉", "Piers Whitmore": "韦皮尔", "Quinn Mercer": "默奎因",
    "Saskia Pemberton": "彭萨斯", "Saoirse Doyle": "杜瑟莎", "Tegan Marsh": "马提根",
    "Travis Kellerman": "凯崔维", "Vaughan Ashby": "艾沃恩", "Willa Tolliver": "托薇拉",
    "Yasmin Okafor": "欧雅丝", "Zach Holloway": "侯扎克", "Rory Fitzgerald": "费罗里",
    "Pippa Langley": "郎皮帕", "Shane O'Rourke": "罗肖恩", "Todd Baxter": "贝托德", "Sorcha Nolan": "诺索卡",
    "Sylvia Yuan": "袁思薇", "Raymond Qiu": "邱瑞蒙", "Phoebe Jin": "金菲比", "Winston Lai": "赖文森",
    "Yvonne Cen": "岑伊凡", "Norman Bian": "卞诺曼", "Ursula Mo": "莫雨莎", "Trevor Gu": "顾崔文",
    "Olive Shao": "邵奥莉", "Vera Kuang": "邝薇拉", "Xander Lou": "娄赞德",
    "song yutong": "宋雨桐", "wei jingshu": "魏静姝", "xu zhenyu": "徐振宇", "pan yiran": "潘一然",
    "yu ruolan": "俞若兰",
    "orla brennan": "白奥拉", "quinn mercer": "默奎因", "yasmin okafor": "欧雅丝", "xander lou": "娄赞德",
    "phoebe jin": "金菲比", "vera kuang": "邝薇拉", "trevor gu": "顾崔文",
    "Ruairi": "布瑞睿", "Saskia": "彭萨斯",
    # dev126 (older managers at clinic, dental, salon and training-school chains typing with a pinyin IME:
    # Chinese staff with English names and the foreign dentists and managers get invented Chinese member
    # names; every English given name starts with a to m and each is written only as a full name; the
    # lower-case pinyin ma lixia, cao guifen, kong xiuhua and lu yufen are the english_names of 马丽霞, 曹桂芬,
    # 孔秀华 and 陆玉芬; none of these names or members was used by an earlier round)
    "Belinda Zhuo": "卓碧琳", "Cecilia Mu": "穆西莉", "Dora Weng": "翁朵拉", "Gloria Tang": "唐歌莉",
    "Hilda Sheng": "盛希达", "Iris Wei": "魏艾瑞", "Kitty Xiang": "向琪蒂", "Lydia Qiu": "邱丽迪",
    "Monica Bi": "毕莫妮", "Evelyn Shu": "舒依琳", "Magnus Eriksson": "艾马格", "Annika Sjöberg": "舍安妮",
    "Guillermo Ocampo": "欧吉耶", "Hyejin Moon": "文惠珍", "Farid Benali": "贝法瑞",
    "ma lixia": "马丽霞", "cao guifen": "曹桂芬", "kong xiuhua": "孔秀华", "lu yufen": "陆玉芬",
    # dev127 (relationship managers and team heads at banks, securities and wealth-management firms:
    # Chinese staff with English names and the Swiss, German, French, Indian and British colleagues get
    # invented Chinese member names; every English given name starts with n to z; one-word Ulrich is an
    # alias (the only Ulrich in the round), written after the full name; the lower-case pinyin xiang
    # yunuo, qiu muchen, shen lanxi and tong wanyu are the english_names of 项雨诺, 邱沐辰, 沈岚汐 and
    # 童婉瑜; none of these names or members was used by an earlier round)
    "Norman Xie": "谢诺文", "Orson Kuang": "邝奥森", "Pamela Ou": "欧佩玫", "Percy Ren": "任珀西",
    "Rainie Xiang": "项瑞妮", "Rex Hang": "杭睿克", "Samantha Zhen": "甄萨曼", "Sidney Hua": "华思迪",
    "Sonia Pei": "裴索妮", "Stephanie Luan": "栾诗蒂", "Teresa Bian": "卞德蕾", "Theo Mu": "穆希奥",
    "Toby Ning": "宁托比", "Vivienne Tang": "唐薇雯", "Wanda Ji": "季婉达", "Zachary Lin": "林泽凯",
    "Ulrich Hofmann": "霍乌里", "Torsten Maier": "迈托斯", "Yves Rousseau": "卢伊夫",
    "Ravindra Chaudhary": "乔拉文", "Piers Pendlebury": "彭皮尔",
    "xiang yunuo": "项雨诺", "qiu muchen": "邱沐辰", "shen lanxi": "沈岚汐", "tong wanyu": "童婉瑜",
    "Ulrich": "霍乌里",
    # dev128 (sales and operations staff at freight forwarders, export factories and trading companies in
    # Guangdong and Fujian: Chinese staff with Hong Kong-style English names and the foreign colleagues at
    # overseas desks get invented Chinese member names; every English given name starts with a to m and each
    # is written only as a full name; the lower-case pinyin huang jiaxin, cai zhenhao, zhuang yiting and hong
    # mingzhe are the english_names of 黄佳欣, 蔡振豪, 庄怡婷 and 洪明哲; none of these names or members was
    # used by an earlier round)
    "Ada Chow": "周雅达", "Agnes Choi": "蔡雅妮", "Bobby Lam": "林宝比", "Bonnie Au": "区邦妮",
    "Candy Mak": "麦嘉迪", "Connie Kwok": "郭康妮", "Dickson Kwan": "关迪生", "Eddie Poon": "潘艾迪",
    "Edmond Tsang": "曾德文", "Fanny Tse": "谢芬妮", "Gary Siu": "萧家瑞", "Ginny Lai": "黎健妮",
    "Horace Ng": "吴浩然", "Jessie Mok": "莫洁思", "Joey Cheung": "张祖儿", "Kenny Yip": "叶健宁",
    "Louis Lui": "吕路易", "Mandy Tam": "谭曼蒂", "Milton Chu": "朱明顿",
    "Anders Holm": "霍安德", "Bram Visser": "韦布拉", "Cristian Duarte": "杜克里", "Dariusz Nowak": "诺达瑞",
    "Elif Yilmaz": "伊丽芙", "Gustavo Ribeiro": "李古斯", "Hamid Rezaei": "雷哈米", "Ilse Vermeulen": "维伊丝",
    "Kasper Lund": "伦卡斯", "Lars Pedersen": "裴拉斯", "Mehmet Aydin": "艾梅赫",
    "huang jiaxin": "黄佳欣", "cai zhenhao": "蔡振豪", "zhuang yiting": "庄怡婷", "hong mingzhe": "洪明哲",
    # dev129 (HR business partners and team managers at large internet companies, writing in 大厂 jargon, and
    # their overseas teams: Chinese staff with English names and the Swedish, Indian, Turkish, Vietnamese,
    # Nigerian, Brazilian and Italian colleagues get invented Chinese member names; every English given name
    # starts with n to z and each is labelled only as a full name (no one-word alias); the lower-case pinyin
    # shi jinghan, fang qinglan, yu zhixing and qiao yunshen are the english_names of 史静涵, 方青岚, 于知行
    # and 乔云深; none of these names or members was used by an earlier round)
    "Nathan Lou": "娄纳森", "Octavia Fan": "范奥塔", "Pierce Yao": "姚柏思", "Quentin Shi": "石昆汀",
    "Rowena Hu": "胡若薇", "Stella Mao": "毛思黛", "Tiffany Ge": "葛蒂芙", "Vince Liang": "梁文思",
    "Wesley Dong": "董卫斯", "Xavier Peng": "彭泽维", "Yolanda Cui": "崔雨兰", "Zoe Ji": "纪佐伊",
    "Sherry Qin": "秦雪莉", "Rita Kang": "康丽塔",
    "Nils Ekdahl": "艾尼尔", "Pooja Venkatesh": "文普佳", "Selin Aydin": "艾瑟琳", "Ulf Strandberg": "斯乌夫",
    "Thanh Pham": "范清泰", "Zainab Bello": "贝扎娜", "Nadia Haddad": "哈纳迪", "Olamide Adeyemi": "阿奥拉",
    "Paulo Cardoso": "卡保罗", "Siddharth Iyer": "艾思达", "Ugo Ferraro": "费乌戈", "Valentina Greco": "葛瓦伦",
    "shi jinghan": "史静涵", "fang qinglan": "方青岚", "yu zhixing": "于知行", "qiao yunshen": "乔云深",
    # dev130 (owners and bosses of small restaurants, car-repair shops, building-materials and tea shops and
    # farms typing blunt orders in dialect: Chinese staff with English names and the foreign chefs, partners
    # and traders get invented Chinese member names; every English given name starts with a to m and each is
    # written only as a full name; the lower-case pinyin bao guiqin, gao dezhu, jia xiuying and mei guihua are
    # the english_names of 包桂琴, 高德柱, 贾秀英 and 梅桂华; none of these names or members was used by an
    # earlier round)
    "Abby Guan": "关艾比", "Bonnie Rao": "饶邦妮", "Calvin Meng": "孟凯文", "Daisy Qin": "秦黛西",
    "Edwin Gong": "龚艾德", "Felix Dou": "窦飞力", "Gavin Shi": "石嘉文", "Helen Mao": "毛海伦",
    "Ingrid Fan": "范英格", "Jasper Kong": "孔杰斯", "Kelvin Yao": "姚开文", "Lillian Cui": "崔莉莲",
    "Mandy Xue": "薛曼迪", "Anton Petrov": "彭安东", "Dmitri Belov": "贝德米", "Bogdan Kowalski": "寇博丹",
    "Ilse Brandt": "白伊尔", "Mehmet Yilmaz": "耶梅赫", "Chiara Ferri": "费琪拉", "Jorge Salcedo": "萨豪尔",
    "Kwame Mensah": "门夸梅", "Esther Abiodun": "艾丝特", "Finn Larsen": "拉芬恩",
    "Lars Nygaard": "倪拉斯",  # (Hamid Rezaei/雷哈米, written the same way in dev128, is in dev128's lines above)
    "bao guiqin": "包桂琴", "gao dezhu": "高德柱", "jia xiuying": "贾秀英", "mei guihua": "梅桂华",
    # dev131 (colleagues whose first language is neither Chinese nor US/UK English — Indian, Filipino,
    # Nigerian, Kenyan, Arab and Malaysian — and Chinese staff with English names get invented Chinese member
    # names; the Japanese and Korean colleagues Sato Ryo and Park Seojun (surname first) and the Malaysian
    # Chinese Tan Wei Ling and Ong Siew Mei likewise; every English given name starts with n to z and each is
    # written in full; the lower-case rajesh subramaniam and swati kulkarni name the same members and follow
    # the capitalised spellings; the lower-case pinyin ran jiayi and tao zhenxi are the english_names of 冉佳怡
    # and 陶振熙; none of these names or members was used by an earlier round)
    "Rajesh Subramaniam": "苏拉杰", "Sanjana Iyer": "艾桑佳", "Vikram Malhotra": "马维克",
    "Nandini Reddy": "雷南迪", "Tarun Bhatia": "巴塔伦", "Suresh Pillai": "皮苏瑞",
    "Priyanka Venkataraman": "温普莉", "Swati Kulkarni": "库丝瓦", "Rohit Deshpande": "德罗希",
    "Yashwant Rao": "饶亚什", "Rosario Dizon": "狄罗萨", "Paolo Mendoza": "门保罗", "Ramil Bautista": "包拉米",
    "Ysabel Tolentino": "托伊莎", "Nikka Villanueva": "维妮卡", "Precious Manalo": "马普蕾",
    "Wilfredo Santiago": "桑威弗", "Tunde Bakare": "巴通德", "Uchenna Eze": "艾乌琴", "Nkechi Okonkwo": "奥恩琪",
    "Obiora Nnaji": "纳奥比", "Oluwaseun Adebayo": "阿奥卢", "Tolulope Oyebanji": "奥托卢",
    "Wairimu Gachanja": "加瓦瑞", "Nyokabi Karanja": "卡妮可", "Wekesa Barasa": "巴韦克",
    "Zawadi Achieng": "阿扎瓦", "Ouma Odhiambo": "欧乌玛", "Yousef Al-Amiri": "阿米优", "Rania Khoury": "胡拉妮",
    "Salma Nasser": "纳萨玛", "Zainab Al-Harthy": "哈泽娜", "Yaqoub Al-Shamsi": "沙雅各",
    "Tareq Zubaidi": "祖塔里", "Tan Wei Ling": "陈慧玲", "Shafiq Rahman": "拉沙菲", "Ong Siew Mei": "王秀美",
    "Thivya Raj": "拉蒂雅", "Wan Zulkifli": "万祖基", "Syazwani Roslan": "罗夏娃", "Nur Syafiqah": "伊努莎",
    "Sato Ryo": "佐藤亮", "Park Seojun": "朴叙俊",
    "Nelson Zang": "臧宁森", "Queena Lu": "鲁昆娜", "Rachel Xing": "邢瑞秋", "Sabrina Dong": "董思蓓",
    "Simon Ke": "柯西蒙", "Wendy Shang": "尚文迪", "Yolanda Fei": "费约兰", "Zoe Kang": "康卓依",
    "Nicole Wen": "温妮可", "Steven Geng": "耿斯文", "Tiffany Yin": "尹蒂芬", "Vicky Hao": "郝薇琪",
    "Warren Xie": "谢沃伦",
    "rajesh subramaniam": "苏拉杰", "swati kulkarni": "库丝瓦",
    "ran jiayi": "冉佳怡", "tao zhenxi": "陶振熙",
    # dev132 (medical representatives and sales managers at pharmaceutical and medical-device companies:
    # Chinese staff with English names, among them Hong Kong and Singapore spellings (Kwok, Yeung, Leung, Sim,
    # Loh), and the German, French, Danish, Dutch, Italian, Norwegian and Japanese colleagues get invented
    # Chinese member names; every English given name starts with a to m and each is written only in full;
    # the lower-case pinyin qiu yanbin, lan shuyi, mo jiahui and xiang wenyu are the english_names of 邱彦斌,
    # 兰书怡, 莫嘉卉 and 向文煜; none of these names or members was used by an earlier round)
    "Adrian Fu": "傅安瑞", "Clara Meng": "孟嘉岚", "Diana Weng": "翁黛娜", "Henry Zhuo": "卓恒礼",
    "Gemma Tan": "谭洁敏",
    "Brenda Xia": "夏冰岚", "Elaine Kwong": "邝怡琳", "Judy Bian": "卞珠迪", "Martin Ge": "葛马丁",
    "Fanny Ou": "欧芬妮",
    "Lydia Shen": "沈莉迪", "Isaac Hua": "华以撒", "Melody Qiu": "邱美乐", "Cecilia Luo": "罗茜莉",
    "Harvey Dou": "窦海维",
    "Maggie Dong": "董美琪", "Kara Tong": "童嘉拉", "Iris Chow": "周爱丽", "Eugene Sze": "施友靖",
    "Audrey Pang": "彭奥黛",
    "Agnes Yip": "叶艾妮", "Florence Kwok": "郭芙岚", "Benson Loh": "卢本森", "Bernice Lam": "林碧妮",
    "Colin Yeung": "杨高霖", "Josie Tam": "谭素宜", "Melvin Sim": "沈明威", "Lorraine Ho": "何洛琳",
    "Leona Kwan": "关丽娜",
    "Howard Lim": "林浩华", "Kenneth Leung": "梁健纶",
    "Bastian Kruger": "柯巴斯", "Corinne Lefevre": "勒柯琳", "Frederik Vang": "方德里", "Giulia Bassani": "巴朱丽",
    "Katrin Feldmann": "费卡琳", "Laurent Girard": "吉洛朗", "Anneke de Vries": "德安珂", "Dagmar Holst": "霍达玛",
    "Hiroko Mizuno": "水野裕子", "Elodie Marchand": "马洛蒂", "Joachim Brenner": "布约翰", "Marit Solberg": "索玛丽",
    "qiu yanbin": "邱彦斌", "lan shuyi": "兰书怡", "mo jiahui": "莫嘉卉", "xiang wenyu": "向文煜",
    # dev133 (sales and after-sales managers at car dealerships (4S店) and a foreign brand's regional office:
    # Chinese staff with English names and the German, French and Italian colleagues get invented Chinese
    # member names; every English given name starts with n to z and each is written only as a full name;
    # the lower-case pinyin tang yizhou, shao kexin, rao zhenbang and pu shaohua are the english_names of
    # 唐一舟, 邵可欣, 饶振邦 and 濮少华; none of these names or members was used by an earlier round)
    "Oscar Tian": "田奥斯", "Phoebe Zuo": "左菲比", "Quincy Ou": "欧昆西", "Roger Bian": "卞罗杰",
    "Sylvia Mu": "穆希维", "Toby Xiang": "向托比", "Ursula Zhan": "詹乌苏", "Wallace Jing": "景华莱",
    "Yvette Cen": "岑伊薇", "Zack Luan": "栾扎克", "Natalie Yue": "岳娜塔", "Rex Hua": "华雷克",
    "Oskar Brenner": "布奥斯", "Ulrich Hahn": "韩乌里", "Sven Richter": "李斯文", "Petra Vogel": "沃佩特",
    "Tobias Krämer": "柯托拜", "Yannick Moreau": "莫亚尼", "Werner Schulz": "舒维纳", "Noemi Russo": "罗诺米",
    "Valerie Dupont": "杜薇乐",
    "tang yizhou": "唐一舟", "shao kexin": "邵可欣", "rao zhenbang": "饶振邦", "pu shaohua": "濮少华",
    # dev134 (B2B sales at hotels, travel agencies and airlines in Hong Kong, Macau, Shenzhen and Singapore:
    # Chinese staff with Hong Kong- and Singapore-style English names, the romanised Leung Ka Yan (surname
    # first), the Macanese Joaquim Pereira, Beatriz Gomes, Bernadette Sou and Isabel Fonseca, the Singapore
    # colleagues Farid Hamzah, Aishah Karim, Hafiz Osman, Diana Rahim, Kavitha Raman and Ganesh Pillai and the
    # foreign colleagues get invented Chinese member names; every English given name starts with a to m and
    # each is written in full in a label; the lower-case pinyin deng yuxuan, feng shiqi, he jiarui, luo
    # wanting and ji mingxuan are the english_names of 邓语萱, 冯诗琪, 何嘉睿, 罗婉婷 and 纪明轩; none of these
    # names or members was used by an earlier round)
    "Alvin Chiu": "赵安文", "Angela Yau": "邱安琪", "Benson Fung": "冯彬信", "Cherry Leung": "梁翠莉",
    "Clement Ho": "何启满", "Dorothy Wan": "温朵蒂", "Eunice Lo": "卢尤妮", "Florence Kan": "简芙伦",
    "Gilbert Sze": "施吉伯", "Hilda Tong": "唐希妲", "Irene Shek": "石爱琳", "Jacky Hui": "许杰奇",
    "Kenneth Wai": "韦健纳", "Lorraine Pang": "彭洛琳", "Leung Ka Yan": "梁家恩", "Marcus Teo": "张马可",
    "Cheryl Goh": "吴雪柔", "Desmond Kuah": "柯德蒙", "Evelyn Koh": "许伊芙", "Gwendolyn Tay": "郑桂琳",
    "Joanne Seah": "佘乔安", "Bryan Quek": "郭柏然", "Amanda Chia": "谢曼黛", "Hazel Yeo": "杨海卓",
    "Adeline Chua": "蔡雅德", "Beverly Ang": "洪贝芙", "Geraldine Low": "刘洁玲", "Jocelyn Sim": "沈乔琳",
    "Melvin Toh": "杜文彬", "Lydia Kwek": "郭恩丽", "Ernest Chong": "张恩诺", "Audrey Foo": "胡奥黛",
    "Clarice Heng": "王克莉", "Isaac Loke": "陆以撒", "Gordon Yim": "严戈登", "Bernard Seow": "萧柏年",
    "Harvey Lum": "林哈维", "Janice Soh": "苏珍妮", "Joaquim Pereira": "裴若金", "Beatriz Gomes": "高碧翠",
    "Carmen Lao": "劳嘉雯", "Bernadette Sou": "苏柏娜", "Isabel Fonseca": "冯伊莎",
    "Farid Hamzah": "韩法立", "Aishah Karim": "卡爱莎", "Kavitha Raman": "饶卡维", "Ganesh Pillai": "皮加内",
    "Hafiz Osman": "奥哈菲", "Diana Rahim": "拉黛安", "Emeric Duval": "杜埃梅", "Henrik Dahle": "达亨利",
    # (Bastian Kruger/柯巴斯, written the same way in dev132, is in dev132's lines above)
    "Hugo Marchetti": "马雨果", "Lorenz Gassner": "加洛伦",
    "Dominique Favre": "法多明", "Aoife Brennan": "布伊法", "Matteo Rinaldi": "里马泰",
    "Magnus Lindqvist": "林马格", "Daniela Ruiz": "鲁丹妮", "Kenji Morimoto": "森本健二",
    "Akira Tanabe": "田边晃", "Kanya Srisuk": "斯坎雅",
    "deng yuxuan": "邓语萱", "feng shiqi": "冯诗琪", "he jiarui": "何嘉睿", "luo wanting": "罗婉婷",
    "ji mingxuan": "纪明轩",
    # dev135 (course advisers, class teachers and principals at tutoring and training schools in northern and
    # north-western China: the foreign teachers and the Chinese staff with English names get invented Chinese
    # member names; every English given name starts with n to z and each is written only as a full name; the
    # lower-case pinyin ren haoyu, xue dongmei, peng lixia and yao jinsong are the english_names of 任浩宇,
    # 薛冬梅, 彭丽霞 and 姚劲松; none of these names or members was used by an earlier round)
    "Rory Calloway": "柯罗睿", "Ursula Brandt": "白厄莎", "Tobias Hartmann": "哈托拜", "Quincy Harlow": "哈昆西",
    "Wyatt Crane": "柯怀亚", "Olive Tanner": "谭奥丽", "Vincent Lowe": "罗文琛", "Sienna Parr": "帕茜娜",
    "Yvonne Pratt": "普伊凡", "Stuart Lynch": "林司图", "Oscar Pruitt": "普奥卡", "Rhea Valdez": "瓦瑞亚",
    "Tessa Nolan": "诺苔莎", "Yuri Sokolov": "索尤利", "Natalia Orlova": "奥纳塔",
    "Tracy Han": "韩翠西", "Vera Lou": "娄维拉", "Sylvia Qiao": "乔思薇", "Zara Tian": "田扎娜",
    "Sophia Zhai": "翟素菲", "Pearl Hou": "侯佩儿", "Rosa Jing": "景若莎", "Troy Ning": "宁拓伊",
    "Winnie Gou": "苟薇妮",
    "ren haoyu": "任浩宇", "xue dongmei": "薛冬梅", "peng lixia": "彭丽霞", "yao jinsong": "姚劲松",
    # dev136 (accountants and client managers at small bookkeeping and tax-agency firms in 上海, 杭州, 宁波, 长沙 and
    # 株洲: the accountants of foreign-invested clients and the Chinese staff with English names get invented Chinese
    # member names; every English given name starts with a to m and each is written only as a full name; the
    # lower-case pinyin lou jianqiu, bao meifang, tang yuzhen, ke lihua and ye qinfang are the english_names of
    # 楼剑秋, 鲍美芳, 唐玉珍, 柯丽华 and 叶沁芳; none of these names or members was used by an earlier round)
    "Kester Quennell": "昆凯斯", "Lisette Aubert": "欧丽赛", "Corinna Maddox": "马可琳", "Finnian Esser": "艾芬宁",
    "Jolyon Ormerod": "欧乔林", "Kasimir Zielinski": "齐卡西", "Ansel Krause": "柯安思", "Bettina Sandvik": "桑蓓蒂",
    "Delia Janssen": "詹黛丽", "Evander Aasen": "安埃文", "Jorunn Vik": "魏乔伦", "Maren Tollund": "托玛琳",
    "Gisela Hartwig": "哈吉莎", "Hedda Rasmussen": "拉海达", "Ingmar Falk": "范英马", "Adelheid Kemble": "肯阿黛",
    "Lavinia Stenvik": "斯拉薇", "Halvard Brandvold": "柏哈沃", "Annegret Pendle": "潘格蕾",
    "Godric Tregear": "崔戈德", "Henrike Ostby": "欧亨丽", "Mattias Kjeldsen": "谢马蒂", "Elske Dekkers": "德艾丝",
    "Hildegard Wray": "雷希尔", "Ianthe Pellow": "裴伊安", "Ignatius Royce": "罗伊纳", "Dorothea Quarrie": "柯多萝",
    "Ferdinand Ebner": "艾费迪", "Benedikta Sundby": "孙贝妮", "Jessamy Crewe": "克洁思", "Hyacinth Marlow": "马辛西",
    "Cyprian Lowther": "罗西普", "Lucasta Penrose": "彭露卡", "Kenrick Dalby": "戴肯里", "Alaric Vasey": "瓦阿里",
    "Llewelyn Pughe": "蒲卢文", "Mireille Castan": "卡米瑞",
    "Esme Lou": "楼思梅", "Maisie Cao": "曹美茜", "Cleo Fei": "费可璐",
    "lou jianqiu": "楼剑秋", "bao meifang": "鲍美芳", "tang yuzhen": "唐玉珍", "ke lihua": "柯丽华",
    "ye qinfang": "叶沁芳",
    # dev137 (salespeople, station managers and owners in the agricultural-inputs and feed trade in county towns
    # of 黑龙江, 河北, 安徽, 广西 and 云南: the Dutch seed company's foreign staff get invented Chinese member names;
    # every English given name starts with n to z and each is written only as a full name; the lower-case pinyin
    # tan xiulan, xia fulin, song yuzhu, wei chunsheng and ou yulan are the english_names of 谭秀兰, 夏福林,
    # 宋玉柱, 韦春生 and 欧玉兰; none of these names or members was used by an earlier round)
    "Rutger Wiersma": "魏鲁格", "Sjoerd Postma": "柏舒尔", "Teun Haverkamp": "哈腾恩", "Yorick Terpstra": "特约瑞",
    "Wybren Dekker": "包维本", "Roelof Nijhuis": "倪洛夫", "Sytze Veenstra": "费西策",
    "tan xiulan": "谭秀兰", "xia fulin": "夏福林", "song yuzhu": "宋玉柱", "wei chunsheng": "韦春生",
    "ou yulan": "欧玉兰",
    # dev138 (operations and account managers at a Chinese-owned logistics and cross-border e-commerce services
    # company in Nigeria, Kenya, Ghana, India, Pakistan, Bangladesh, the Philippines, Indonesia, Vietnam, Poland,
    # Brazil and Mexico get invented Chinese member names (the Vietnamese their Han-Viet names); every English
    # given name starts with a to m and each is written only in full (Polish, Portuguese and Spanish accents kept
    # as written); the lower-case pinyin bai shaojie, hua jingyi, kong yanan and lian zhiyuan are the
    # english_names of 白少杰, 华静怡, 孔亚楠 and 连志远; none of these names or members was used by an earlier round)
    "Adaobi Okwuosa": "欧达比", "Gbenga Akinola": "阿本加", "Ifunanya Nwafor": "伍伊芙",
    "Bamidele Olaniyan": "欧巴米", "Ebere Uzodinma": "乌艾贝", "Morenike Adeoye": "艾茉妮",
    "Atieno Omondi": "欧阿蒂", "Kendi Muriithi": "穆肯迪", "Makena Nyaga": "尼马凯", "Chepkemoi Kipruto": "基切珂",
    "Jeptoo Chelimo": "切杰图", "Adjoa Tetteh": "泰阿乔", "Kobina Appiah": "阿科比", "Ekow Adomako": "阿埃寇",
    "Afia Asamoah": "阿萨菲", "Anirudh Nambiar": "南阿尼", "Bhavana Hegde": "何芭瓦", "Chaitanya Dwivedi": "德柴坦",
    "Girish Kamath": "卡吉里", "Janhavi Shetty": "谢珍娴", "Hemant Agarwal": "阿赫曼",
    "Lalitha Parthasarathy": "帕拉莉", "Madhavi Chakraborty": "查玛达", "Adeel Awan": "艾阿迪",
    "Ammara Abbasi": "阿巴玛", "Junaid Bhatti": "巴朱奈", "Kashif Mirza": "米卡希", "Ghazala Niazi": "倪嘉莎",
    "Arifa Talukder": "塔阿莉", "Habibur Bhuiyan": "布哈比", "Ishrat Sarker": "萨伊诗", "Jahid Molla": "莫贾希",
    "Fahmida Mondal": "蒙法米", "Masud Howlader": "霍马苏", "Khaleda Majumder": "马卡蕾",
    "Angelica Bagtas": "巴安洁", "Cherrie Buenaventura": "文切莉", "Dondon Lagman": "拉东东",
    "Gerlie Dumlao": "杜洁莉", "Jhun Salonga": "萨俊", "Maricar Tuazon": "涂玛卡", "Ayu Lestari": "莱阿玉",
    "Dimas Nugroho": "努迪马", "Fitri Hidayat": "希菲特", "Gilang Pratama": "普吉朗", "Joko Saputra": "萨乔科",
    "Mega Susanti": "苏美加", "Citra Rahayu": "拉希特", "Do Duc Manh": "杜德孟", "Ha Thi Linh": "何氏玲",
    "Dang Van Cuong": "邓文强", "Lam Thi Kieu": "林氏娇", "Bogumiła Szymańska": "席波古",
    "Czesław Dąbrowski": "东切斯", "Elżbieta Kamińska": "卡艾莉", "Halina Jankowska": "扬哈琳",
    "Izabela Michalska": "米伊莎", "Jarosław Grabowski": "格雅罗", "Mirosław Krawczyk": "克米罗",
    "Marek Sikora": "西马雷", "Adriana Rezende": "雷阿德", "Eduarda Teixeira": "特爱德", "Fábio Quintela": "金法比",
    "Gisele Figueiredo": "菲吉赛", "Heitor Peixoto": "佩海托", "Leandro Macedo": "马莱安",
    "Araceli Villarreal": "比阿拉", "Eréndira Zúñiga": "苏埃伦", "Fausto Galván": "加福斯",
    "Graciela Cervantes": "塞格拉", "Itzel Olvera": "奥伊采", "Jimena Arriaga": "阿希梅",
    "Mauricio Espinoza": "埃毛里",
    "bai shaojie": "白少杰", "hua jingyi": "华静怡", "kong yanan": "孔亚楠", "lian zhiyuan": "连志远",
    # dev139 (membership consultants, personal trainers, front desks and owners at gyms, yoga and dance studios
    # and medical-aesthetic clinics in 成都, 重庆, 武汉 and 长沙: the foreign yoga teachers get invented Chinese
    # member names; every English given name starts with n to z and each is written only as a full name; the
    # lower-case pinyin tao xiyue and wei lanxin are the english_names of 陶汐玥 and 魏岚昕; none of these names
    # or members was used by an earlier round)
    "Nerys Pryce": "普宁茜", "Ysolde Varga": "瓦苡朵", "Romilly Stroud": "斯罗米", "Sunniva Holt": "霍舜薇",
    "Ottilie Braun": "布欧缇", "Verity Lisle": "莱薇瑞", "Xanthe Moss": "莫珊西", "Tindra Ek": "艾婷卓",
    "Wenna Tregarth": "崔文娜",
    "tao xiyue": "陶汐玥", "wei lanxin": "魏岚昕",
}
# a romanised name two rounds gave different members (the later round's entry above keeps its own); dev106's
# pinyin names (labelled with the Chinese member name; they become that member's english_name or alias) are kept
# here so that 刘洋 and 杨帆 in dev45/dev46 do not gain an english_name
ENGLISH_OF_ROUND = {"dev67": {"Sikou Yan": "司寇妍"},
                    # dev105: the word-names Grace, May and Will (one word each, no fuller English name)
                    "dev105": {"Grace": "梁恩慈", "May": "何美玲", "Will": "邓伟廉"},
                    "dev106": {"Chen Jing": "陈静", "chenjing": "陈静", "Li Nan": "李楠", "Liu Yang": "刘洋",
                               "liuyang": "刘洋", "Zhou Qiang": "周强", "Han Xue": "韩雪", "han xue": "韩雪",
                               "Tang Jing": "唐婧", "Yang Fan": "杨帆"},
                    # dev108: dev107 gave Bruce Yan another member
                    "dev108": {"Bruce Yan": "严博", "bruce yan": "严博"},
                    # dev110: the lower-case pinyin cao yuhang (dev105 has 曹宇航 with no English name)
                    "dev110": {"cao yuhang": "曹宇航"},
                    # dev113: dev112 gave Vivian Tsang another member
                    "dev113": {"Vivian Tsang": "曾慧雯", "vivian tsang": "曾慧雯"}}
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
    # dev69
    "xf_anquan": "安全", "cl_hailang": "海浪", "690117": "嵇文涛", "690284": "谌立平",
    # dev70
    "bx_tuobaj": "拓跋杰", "cf_gongyan": "宫琰", "lin_chunhui": "蔺春晖", "700318": "符晓东", "E70452": "栾婷",
    # dev71
    "cw_xianjn": "咸佳宁", "710236": "毋国强", "E71058": "阴晓丽",
    # dev72
    "mt_tiejun": "铁军", "dj_jingquan": "井泉", "720588": "宿海波", "E72406": "郯立新",
    # dev73
    "gy_xingfu": "幸福", "gy_jianfei": "蹇飞", "nn_huangys": "黄邕生", "nn_lingzq": "凌志强", "730417": "杨黔生",
    "730552": "雍红梅",
    # dev76
    "ln_yuyue": "于跃", "yj_baohaiou": "鲍海鸥", "bg_tiemuer": "铁木尔", "760214": "郄立明", "E76031": "古再丽",
    # dev75
    "sx_baizhu": "白术", "750612": "俞国栋",
    # dev74
    "zs_jinsuo": "金锁", "fy_weideshen": "韦德胜", "740318": "胡汉生", "E74052": "阮建波",
    # dev77
    "ws_ganquan": "甘泉", "rq_wanjia": "万家", "770318": "揭海生", "E77052": "廖金凤",
    # dev78
    "zb_gaowen": "高温", "yc_nihong": "倪虹", "E78114": "冶秀兰",
    # dev79
    "bj_chali": "查理", "fj_lutong": "路通", "790316": "隆卫国", "E79027": "吉小燕",
    # dev80
    "yc_lutong": "路通", "800317": "臧立新", "E80245": "卞春霞",
    # dev81
    "rs_shihua": "石花", "tc_youyong": "游勇", "810427": "呼建军", "E81063": "杞丽芬",
    # dev82
    "bh_liangjiabao": "梁家宝", "820415": "施金来", "E82061": "许愿",
    # dev83
    "lx_haoliping": "郝立平", "830417": "卫兵", "E83062": "牛金花",
    # dev84
    "hx_lengxue": "冷雪", "840219": "富海军", "E84063": "洪國峰", "ck_hirab": "巴希拉",
    # dev85
    "xh_zouweihong": "邹卫红", "zj_languiying": "蓝桂英", "850614": "聂小红",
    # dev86
    "dl_jinguan": "金冠", "ck_guixy": "归晓燕", "860415": "朱玲娣", "E86072": "应国兵",
    # dev87
    "mz_tuocaiyun": "拓彩云", "hx_tongjianshe": "仝建设", "870316": "暴国强", "E87045": "舒畅",
    # dev88
    "sn_tianml": "田茂林", "sn_tengfg": "滕发贵", "cn_changtong": "畅通", "880317": "谯德明", "E88052": "字丽芬",
    # dev89
    "lx_zhongyt": "种玉堂", "lx_miaocy": "苗春雨", "fj_fengshou": "丰收", "890412": "谷雨", "E89036": "景海洋",
    # dev90
    "gk_jinbang": "金榜", "jk_yunkai": "云开", "wd_zhuangxc": "庄晓纯", "900412": "植永棠", "E90071": "岑桂芳",
    # dev91
    "sy_zhongwd": "仲维东", "gs_zhuyh": "祝永红", "wm_niujj": "钮家俊", "910528": "宋金山", "910733": "亓玉兰",
    "E91207": "郏敏",
    # dev92
    "lsh_songay": "宋安逸", "es_xiangqj": "向清江", "920316": "龙沱江", "E92047": "潘以蓮",
    # dev93
    "rz_mouxp": "牟晓鹏", "zjk_yunjf": "贠俊峰", "jz_guanhm": "关红梅", "mdj_cuijb": "崔镜泊", "930412": "卜丽华",
    "E93018": "弓丽娟", "930527": "鲍春生",
    # dev94
    "my_yongcm": "雍春梅", "fl_tangran": "汤冉", "kl_wuxj": "吴西江", "hyd_srinivasr": "瑞斯尼", "940318": "罗松林",
    "E94052": "陇正芬", "940527": "刘巴陵",
    # dev95
    "pt_zhengqs": "郑秋水", "la_caolx": "操立新", "950214": "揭晓", "E95036": "盛天明",
    # dev96
    "lxz_laxy": "喇秀英", "yn_hejj": "贺建疆", "960417": "智慧", "E96031": "古欣怡",
    # dev97
    "hd_zhongrs": "钟稔山", "lz_quanzm": "全志明", "da_yangcs": "羊春生", "970318": "卜金凤", "E97024": "裴春华",
    "970526": "黎嘉欣",
    # dev98
    "xg_pijw": "皮家旺", "zmd_baojh": "包建华", "cz_xuwj": "续文娟", "980412": "白洁", "E98052": "宁芳",
    "E98031": "牛俊峰",
    # dev99
    "ks_puyc": "浦阳春", "mas_huangfl": "皇甫兰", "iq_jkunuk": "库乔纳", "990527": "季秀棉", "990412": "戚玉兰",
    "E99031": "甘采石",
    # dev100
    "pe_yanhan": "岩罕", "pe_daoyx": "刀玉香", "xc_jikeay": "吉克阿依", "gh_lamaocuo": "拉毛措", "100417": "和志强",
    "E10031": "母红英", "100528": "钟海水",
    # dev101
    "mzl_ewd": "鄂卫东", "zh_yuby": "于步云", "qg_baochagan": "包查干", "jsy_mlesueur": "勒玛丽", "101206": "宝音图",
    "E10152": "杜雪原", "101318": "盖雷吉",
    # dev102
    "jj_nianzj": "粘志坚", "cl_zhuocl": "卓长乐", "ls_yunfan": "云帆", "E10218": "溫湘芸", "102417": "郭金花",
    # dev103
    "xt_tanyh": "谭雨湖", "ja_oyqy": "欧阳青原", "by_nongfl": "农丽芳", "xy_bancq": "班长青", "gq_lqamata": "卡瓦齐",
    "103216": "晏秋华", "E10341": "付建明", "103527": "岑万峰",
    # dev104
    "ll_sujs": "宿金锁", "dx_yaorb": "要瑞兵", "104218": "耿志刚", "E10452": "韦卡萝",
    # dev105
    "liuyang02": "柳扬", "fanxl": "范晓璐", "jiang.hf": "姜海峰", "zengmin01": "曾敏",
    # dev106
    "zhao.lei": "赵磊", "106231": "周强",
    # dev107 (the lowercase pinyin jiaoyuxuan and three userids, each the only mention of its member)
    "jiaoyuxuan": "焦宇轩", "wang.lf": "汪莉芳", "sunjh03": "孙嘉禾", "feng.qy": "冯绮云",
    # dev108 (pinyin names typed as userids, and userids)
    "zhangmengqi": "张梦琪", "tangyue": "唐悦", "wu.jianping": "吴建平", "liqiang03": "李强", "fengxy": "冯晓燕",
    # dev109 (lower-case pinyin names typed as userids, and userids)
    "yuxiaoting": "郁晓婷", "chizhenyu": "池振宇", "chezy": "车志勇", "nie.sy": "聂思雨", "wenjh02": "温建华",
    # dev110 (userids, and the lower-case pinyin leichen, each also written as the Chinese name in the round)
    "tanjh": "谭嘉慧", "fengzp": "冯泽鹏", "ma.yt": "马雨桐", "leichen": "雷晨",
    # dev111 (three userids and a lower-case pinyin name typed as a userid, each the only mention of its member)
    "jiangty": "蒋天佑", "fan.zy": "范志远", "wenjy02": "温静怡", "songjiayin": "宋佳音",
    # dev112 (four userids, each the only mention of its member)
    "kongyq": "孔雨晴", "lihx03": "黎红霞", "zhou.mt": "周茂庭", "qinlu01": "秦璐",
    # dev113 (userids typed alone, arrows between them; mengxiaonan is 蒙晓楠, also written in characters)
    "wanghaoyu": "王浩宇", "mengxiaonan": "蒙晓楠", "luhz01": "鲁鸿志", "xia.yq": "夏雨晴", "tianmx": "田梦雪",
    "kongjy": "孔嘉怡", "bai.zr": "白子睿",
    # dev114 (userids written in English and code-mixed lines, each the only mention of its member)
    "chuxm": "褚晓萌", "ge.wy": "葛文焱", "lanqf01": "兰秋枫", "dingyh03": "丁奕航", "jiaoml": "焦明朗",
    # dev115 (userids; niujq, qiusy01 and yanzm are 牛嘉琪, 裘思远 and 鄢子墨, also written in characters; wen.yh,
    # xubl02 and tangyx03 are each the only mention of their member)
    "niujq": "牛嘉琪", "qiusy01": "裘思远", "yanzm": "鄢子墨", "wen.yh": "温雅涵", "xubl02": "许柏霖",
    "tangyx03": "汤予欣",
    # dev116 (userids starting a to m, in English, code-mixed and slash-command lines, each the only mention of its
    # member)
    "bixy01": "毕欣怡", "hou.zn": "侯芷宁", "dongjr": "董嘉睿", "lanyc02": "蓝雨澄", "jiangbh": "江柏涵",
    # dev117 (userids in Chinese, English and code-mixed lines; qinhl is 秦昊霖, also written in characters; shen.yx,
    # yuanzh02, xuemn, wuqf and pang.wj are each the only mention of their member)
    "qinhl": "秦昊霖", "shen.yx": "沈意欣", "yuanzh02": "袁致和", "xuemn": "薛沐楠", "wuqf": "吴沁枫",
    "pang.wj": "庞文洁",
    # dev118 (userids starting a to m in Chinese, English, code-mixed and slash-command lines; du.wq and jinzh are
    # 杜文琪 and 金哲涵, also written in characters; limh03, cao.yr, kuangmy and fanhy02 are each the only mention of
    # their member)
    "du.wq": "杜文琪", "jinzh": "金哲涵", "limh03": "黎明辉", "cao.yr": "曹羽然", "kuangmy": "匡梦瑶",
    "fanhy02": "范浩宇",
    # dev119 (userids starting n to z, in Chinese, English and code-mixed lines and a slash command, each the only
    # mention of its member)
    "qiujw01": "裘嘉文", "ruan.zk": "阮子珂", "wuyt02": "吴雨桐", "panxl": "潘欣蕾", "zhoumq": "周沐青",
    "ouyang.sy": "欧阳思雅", "nie.hx": "聂涵萱",
    # dev120 (userids starting a to m, in Chinese, English and code-mixed lines and a slash command; each
    # member is written only by its userid)
    "ding.hy": "丁红艳", "hanzq02": "韩志强", "cuilx": "崔立新", "jiaxm": "贾晓敏", "mengdf": "孟德福",
    "bao.wj": "鲍维军",
    # dev121 (userids starting n to z, in Chinese, English and code-mixed lines and a slash command, each the
    # only mention of its member)
    "xiongzy": "熊梓越", "ruixh01": "芮晓涵", "wanqy": "万清妍", "zhanyt02": "詹雨婷", "tong.lm": "童立铭",
    "sun.wj": "孙文靖",
    # dev122 (userids starting a to m, in Cantonese, Singlish, Chinese and slash-command lines, none of their
    # members also written by name)
    "fengyq02": "冯雨晴", "ho.kw": "何锦荣", "jiaym": "贾雨萌", "cheng.wh": "程文豪", "kohjl01": "许俊亮",
    "lauhm": "刘蕙敏",
    # dev123 (userids starting n to z, in Chinese, English and code-mixed lines, each the only mention of its
    # member)
    "tangwj03": "唐文婧", "qin.ys": "秦雨莎", "shaoyf": "邵逸飞", "ye.lq": "叶琳琪", "pengwh01": "彭文辉",
    "zhu.rx": "朱若曦", "nongjh": "农家豪",
    # dev124 (userids starting a to m, in Chinese, English and code-mixed lines and a slash command, each the
    # only mention of its member)
    "gaoyh02": "高雨涵", "liu.sq": "柳思琪", "kongdw": "孔德文", "fanjr": "樊嘉瑞", "baixm01": "白晓敏",
    "du.yf": "杜逸凡", "huangkq": "黄可青", "jiangwt03": "江婉婷",
    # dev125 (userids starting n to z, in English, code-mixed and Chinese lines and a slash command, each the
    # only mention of its member)
    "qiaoms": "乔明松", "rong.xy": "戎晓雨", "shenkj02": "沈开健", "wenlt": "温立彤", "yanzh05": "阎子涵",
    "ning.hb": "宁浩博", "zhaoyq03": "赵怡倩",
    # dev126 (userids starting a to m, in Chinese lines, each the only mention of its member)
    "dengyl": "邓玉莲", "fu.qh": "傅巧红", "hejs02": "何金生", "lanxy": "蓝小燕", "kuang.lm": "邝丽梅",
    "bimz": "毕美珠",
    # dev127 (userids starting n to z, in Chinese lines with and without an arrow, each the only
    # mention of its member)
    "tianhx": "田宏轩", "wu.ry": "武睿阳", "xuanmy": "宣梦瑶", "songzq03": "宋子祺", "ou.jl": "欧嘉林",
    "yinxt01": "尹雪彤",
    # dev128 (userids starting a to m, in Chinese lines with and without an arrow, each the only mention of
    # its member)
    "chenst02": "陈少滔", "lai.wt": "赖惠婷", "guozh": "郭卓恒", "mo.jy01": "莫家悦", "kuangzh": "邝志恒",
    "fengbw": "冯柏文", "huangrx": "黄润心", "dengks": "邓家燊",
    # dev129 (userids starting n to z, in Chinese lines with and without an arrow; each member is written only
    # by its userid)
    "puxr": "蒲欣蕊", "qu.yh": "屈一涵", "renjl03": "任嘉霖", "sang.wy": "桑婉仪", "tuzh01": "涂子瀚",
    "yuanqm": "袁沁明",
    # dev130 (userids starting a to m, in Chinese lines, each the only mention of its member)
    "dingzhl": "丁志霖", "guo.cf": "郭彩凤", "huangdy03": "黄丹阳", "jinbq": "金碧琴", "kang.ys": "康雨生",
    "lumh02": "陆明辉", "fengjw": "冯健文", "ma.zc": "马志成",
    # dev131 (userids starting n to z, in English, Hinglish, code-mixed lines and a slash command, each the
    # only mention of its member)
    "nian.qy": "年钦雨", "oudm": "欧德明", "puxl02": "蒲小龙", "qu.hr": "瞿浩然", "rongsy": "荣诗雨",
    "sui.wq01": "眭文谦", "tuoyh": "庹益寒", "wen.zx03": "文子萱", "xiangbw": "向博文", "yuanmq02": "袁梦溪",
    "zang.ly": "臧良玉",
    # dev132 (userids starting a to m, in Chinese lines with and without an arrow, each the only mention of
    # its member)
    "baiyx02": "白奕萱", "cao.lm": "曹令敏", "dumx": "杜墨轩", "fang.zy01": "方芷茵", "gengsh": "耿韶华",
    "hou.jr": "侯景睿",
    "jiangwq03": "江婉琪", "kelj": "柯乐骏", "mengtf": "孟腾飞",
    # dev133 (userids starting n to z, in Chinese and English lines, each the only mention of its member)
    "niu.jh": "牛俊豪", "pangxr": "庞晓睿", "qi.wf02": "齐文锋", "rao.ml": "饶美琳", "songjz": "宋嘉泽",
    "wei.hp": "魏海鹏", "xiezt": "谢芝婷", "yu.kx01": "俞凯翔", "zhengwb": "郑文彬", "tangyy05": "汤悦阳",
    # dev134 (userids starting a to m, in Chinese and Cantonese lines, with and without an arrow)
    "auyk02": "欧阳家琪", "chanwy": "陈蔚欣", "cheungsy02": "张淑仪", "fok.lm": "霍丽敏", "gohsl": "吴诗琳",
    "ip.sw": "叶淑雯", "kwanhy": "关浩扬", "lamkw03": "林家维", "lichm": "李晨铭", "mak.yt": "麦逸婷",
    # dev135 (userids starting n to z, in Chinese lines with and without an arrow; tianxq is written twice,
    # the others once)
    "wuxq03": "吴秀琴", "yanzw02": "严振武", "shenjr02": "沈佳蓉", "tianxq": "田小勤", "yuhm02": "俞惠敏",
    "qiaoml": "乔美玲", "xiongyf": "熊依凡",
    # dev136 (userids starting a to m, in Chinese lines with and without an arrow, each the only mention of its
    # member)
    "fangwj03": "方婉君", "hulf": "胡立芬", "jin.xm02": "金晓敏", "caiyj": "蔡一嘉", "geqm": "葛秋敏",
    "gaohm": "高慧敏", "dingyl": "丁雨林", "kuang.xf02": "匡晓芳",
    # dev137 (userids starting n to z, in Chinese lines with and without an arrow; wu.ls01 and tanggf02 are
    # written twice, the others once; each member is written only by its userid)
    "pu.wx": "蒲卫新", "yangdl03": "杨德利", "qinzb": "秦兆斌", "tanggf02": "唐桂凤", "wu.ls01": "武立顺",
    "zhong.mc": "钟明超",
    # dev138 (userids starting a to m, in English and Chinese lines with and without an arrow; cen.jy and dingxr
    # are written twice, the others once; each the only mention of its member)
    "anwl02": "安文磊", "cen.jy": "岑嘉音", "dingxr": "丁欣然", "jiao.mt": "焦梦婷", "lizy05": "黎子悦",
    "mo.qh": "莫庆华",
    # dev139 (userids starting n to z, in Chinese lines with and without an arrow; rongnx is written twice, the
    # others three times)
    "tengry": "滕瑞羽", "xian.yl": "冼钰琳", "su.mq": "粟明蕖", "weizh03": "韦之涵", "rongnx": "戎念馨",
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
    "dev69": [("王文雄", 1), ("萧蔓", 1), ("宰父明", 1), ("公仪婷", 1), ("葛明远", 1), ("卢佳", 1), ("邝伟", 1),
              ("邵宇晴", 1), ("柏静", 1), ("拓跋清", 1), ("冉东", 1), ("杜若飞", 5), ("嵇文韬", 5), ("谷雨", 5)],
    "dev70": [("寇小军", 1), ("胡月", 1), ("桂春生", 1), ("司马宏伟", 1), ("阮秀英", 1), ("晏飞", 1), ("邱嘉乐", 1),
              ("巫小龙", 1), ("沈丽华", 1), ("卫星", 1), ("乐晓东", 5), ("司徒恺", 5), ("郝佳", 1), ("权卫冬", 1),
              ("党晓锋", 5), ("向阳", 5)],
    "dev71": [("明朗", 1), ("檀明萱", 1), ("陈念", 1), ("武国平", 1), ("鲁振华", 1), ("李思远", 1), ("周志刚", 1),
              ("母国强", 1), ("归海凝", 1), ("夏甜", 1), ("段干锋", 5), ("斛海涛", 5), ("展朋", 5), ("铁君", 1)],
    "dev72": [("宿海涛", 5), ("庾春艳", 1), ("全利", 1), ("向南", 1), ("常清", 1), ("东门晓云", 1), ("夏侯立君", 1),
              ("铁君", 1), ("仇宏图", 1), ("井全", 5), ("房冬", 1), ("高锋", 1), ("戢双", 5), ("毋海锋", 1)],
    "dev73": [("幸芙", 1), ("刁建军", 1), ("段洛", 1), ("蹇菲", 1), ("龙秀芸", 1), ("晏雪眉", 1), ("韦丰", 1),
              ("字政", 1), ("田密", 1), ("黄雍生", 1), ("谯岚", 1), ("敖德民", 5), ("平瑚", 5), ("莫仇", 5)],
    "dev76": [("冀刚", 1), ("雷亚楠", 1), ("关建军", 1), ("于悦", 1), ("舒欣", 1), ("祝平", 5), ("党晓军", 1),
              ("郄立民", 5), ("衣春艳", 1), ("梁东", 1), ("初小光", 5), ("门小峰", 1), ("汪永富", 1)],
    "dev75": [("茹晓燕", 1), ("娄建军", 1), ("白竹", 1), ("许美风", 1), ("戴志强", 1), ("謝佩蓁", 1), ("鄧家洛", 1),
              ("孟春花", 5), ("俞国东", 5), ("蔡金芝", 1), ("洪詩亭", 1), ("安浩", 1), ("祝瑛", 1), ("宣鸣", 1)],
    "dev74": [("蒋丽华", 1), ("毛建军", 1), ("钟振宇", 1), ("阮建国", 1), ("邹志鸣", 1), ("赵小满", 1), ("韦德利", 1),
              ("凌国栋", 1), ("聂志钢", 5), ("常秀", 1), ("晁美凤", 1), ("宁海滨", 5)],
    "dev77": [("甘全", 1), ("钟秀岚", 1), ("危建桦", 5), ("况永宏", 1), ("温家浩", 1), ("邝嘉豪", 1), ("麦伟民", 5),
              ("池堂", 1), ("万佳", 1), ("敖晓军", 1), ("詹国梁", 1)],
    "dev78": [("高雯", 1), ("齐泉", 1), ("倪红", 1), ("席鸣", 5), ("魏默", 1), ("索南才让", 1), ("冶秀英", 1),
              ("马占路", 5), ("丛海滨", 1), ("申小雨", 1), ("卜一明", 1), ("邝晓舟", 5), ("邓广", 1), ("吕钧宏", 1)],
    "dev79": [("许珂", 1), ("隆卫东", 1), ("牟家斌", 1), ("施嘉豪", 1), ("操家望", 1), ("熊立萍", 1), ("殷石", 1),
              ("钟标", 1), ("查礼", 1), ("路同", 1), ("夔立鑫", 1), ("谌丽涓", 1), ("麥志容", 5), ("严寿", 5)],
    "dev80": [("仓红兵", 1), ("楼晓锋", 1), ("龚富根", 1), ("车小燕", 1), ("祁大峰", 5), ("檀国清", 1), ("疏晓兵", 1),
              ("冒海琳", 1), ("陈亚铭", 5), ("邱美宜", 1), ("包海艳", 1), ("金乔", 1), ("戴建明", 1)],
    "dev81": [("税小虹", 1), ("杞丽萍", 1), ("傅合", 1), ("毛贤", 1), ("涂欣", 1), ("柏业", 1), ("郑玉璐", 1),
              ("艾晓军", 1), ("甄先", 1), ("呼建君", 5), ("游永", 5), ("者永桂", 5)],
    "dev82": [("陆旭", 1), ("凌辰", 1), ("韦秀连", 1), ("翁皓城", 1), ("许媛", 1), ("麦雅", 1), ("羊春兰", 5),
              ("冯亚富", 1), ("卓文彬", 1), ("詹佩淳", 5)],
    "dev83": [("孟和平", 1), ("孔令刚", 1), ("包建国", 1), ("图娅", 1), ("单园", 1), ("卫斌", 1), ("景扬", 1),
              ("武崧", 5), ("籍志玮", 5), ("乌力吉图", 1), ("牛金桦", 1), ("邵春升", 1), ("聂长和", 1), ("娄春艳", 1)],
    "dev84": [("富海君", 1), ("那晓冬", 1), ("鄂春蕾", 1), ("冷学", 5), ("哈丽娜", 1), ("关雪枚", 1), ("扈文波", 1),
              ("杭莉萍", 1), ("郜振栋", 1), ("詹雅竹", 1), ("廖思瑜", 1), ("鄭雅慧", 1), ("洪國鋒", 1), ("石岳林", 5)],
    "dev85": [("周卫红", 1), ("谭海波", 1), ("廖秋虹", 1), ("甄慧琳", 1), ("熊国平", 1), ("谌志刚", 1), ("梅志健", 1),
              ("邝家丽", 1), ("简悦", 5)],
    "dev86": [("江雪薇", 1), ("帅振雨", 1), ("瞿文洁", 1), ("言佩芬", 1), ("杜忠", 1), ("连乔", 1), ("应国斌", 1),
              ("念美琳", 1), ("薛德真", 5), ("逯海锋", 1), ("郁敏花", 1), ("白杰", 1), ("柯淑娴", 1), ("归晓艳", 1)],
    "dev87": [("金思南", 1), ("拓海君", 1), ("权伟", 1), ("仝建社", 1), ("储晓东", 1), ("高建军", 1), ("卓立平", 1),
              ("雒文韬", 5), ("房媛", 1), ("舒昌", 1), ("令狐兵", 1), ("纪宝桦", 1), ("苌莉", 1), ("黄华", 1)],
    "dev88": [("付安康", 1), ("高青", 1), ("冉雪枚", 1), ("谯德民", 5), ("字丽芳", 1), ("田茂琳", 1), ("母志宏", 5),
              ("段玉桂", 1), ("李晓东", 1), ("熊俏", 1), ("况明洁", 1), ("苟明风", 5), ("安顺萍", 1), ("漆正威", 1)],
    "dev89": [("谷宇", 1), ("鄂长海", 1), ("金英南", 1), ("白向东", 1), ("罗丰田", 1), ("苗状", 1), ("宫玉山", 5),
              ("那春艳", 1), ("郝满昌", 1), ("种玉棠", 1), ("全美仙", 1), ("景海阳", 1), ("苏建江", 1), ("付彦君", 5)],
    "dev90": [("庞志健", 1), ("彭淑贤", 1), ("冼家欣", 1), ("谭月霞", 1), ("凌芸", 1), ("覃丽苹", 5), ("金帮", 5),
              ("卓泽宏", 1), ("邢富川", 1), ("符传方", 5), ("吉雅丽", 1), ("鄭嘉俊", 1), ("蕭穎詩", 1), ("甘林", 1)],
    "dev91": [("仲维冬", 1), ("缪红霞", 1), ("顾红美", 1), ("邢春宇", 5), ("宋金珊", 1), ("眭晓慧", 1), ("解东", 1),
              ("管勇", 1), ("化美龄", 1), ("訾洪旗", 1), ("逄秀枝", 1), ("钮家骏", 1), ("茆春琳", 5), ("詹春美", 1)],
    "dev92": [("鄢小萍", 1), ("向清河", 1), ("龙菲", 1), ("留志源", 1), ("吳宗瀚", 1), ("温玉书", 1), ("乐添", 1),
              ("甘璐", 1), ("宋安义", 5), ("邓先峰", 5), ("舒海阳", 5), ("易清漪", 1), ("麻秀莹", 1), ("季海雁", 1)],
    "dev93": [("相春艳", 1), ("姚文斌", 1), ("齐风", 1), ("崔静波", 1), ("鞠德胜", 1), ("李志刚", 1), ("郎平", 5),
              ("鲍春升", 5), ("厉兰山", 1), ("智惠", 1), ("冷东梅", 1), ("储雪", 1), ("佟振冬", 5), ("那日苏", 1)],
    # dev94
    "dev94": [("汤然", 5), ("鲍姣", 1), ("纪师", 5), ("陶立鑫", 1), ("胡莉", 1), ("肖舜", 5), ("朱钰", 1),
              ("欧春艳", 1), ("裴贞", 1), ("颜雪眉", 1), ("吴锡江", 1), ("何君善", 1), ("简立平", 1), ("向付乐", 1)],
    "dev95": [("卓海艳", 1), ("牛满堂", 1), ("邵红梅", 1), ("石青青", 1), ("林如艺", 1), ("应海朝", 1), ("易公证", 1),
              ("揭笑", 5), ("疏小梅", 1), ("恽志钢", 5), ("查虹霞", 1), ("袁明悦", 5), ("上官霖", 1), ("翁志成", 1)],
    # dev96
    "dev96": [("谢珍", 1), ("马福山", 5), ("常靓", 1), ("万大", 5), ("贺建江", 1), ("周念", 1), ("朱贤", 1),
              ("牛红侠", 1), ("范振宏", 1), ("徐成恩", 5), ("黎秀珠", 1), ("鲍文婧", 1), ("古欣宜", 1), ("彭玉婷", 1)],
    # dev97
    "dev97": [("邱伟平", 1), ("钟晓蓝", 5), ("曾光量", 1), ("陈雷生", 1), ("许冬海", 5), ("全智明", 1), ("余丽珊", 1),
              ("古文彬", 1), ("蚁小东", 5), ("杨春生", 1), ("王定诚", 1), ("韦晓燕", 1), ("谭冰泉", 5),
              ("司徒国东", 1)],
    # dev98
    "dev98": [("胡鼎峰", 1), ("涂晓红", 1), ("郝伟东", 1), ("于飞", 1), ("梅峰", 1), ("包建国", 1), ("白婕", 1),
              ("蔺佳怡", 1), ("苟永宏", 1), ("穆蔷", 1), ("原萍", 1), ("甘清馨", 5), ("任忠", 5), ("晏春涛", 5)],
    # dev99
    "dev99": [("费小红", 1), ("顾千里", 1), ("浦阳青", 5), ("斯雯", 1), ("郦明洙", 1), ("寿永康", 5), ("施锦云", 1),
              ("倪思思", 1), ("龚建兴", 1), ("茅春疆", 5), ("韩心", 1), ("丁怀安", 5), ("谭香", 1), ("芮锦凤", 5)],
    # dev100
    "dev100": [("刀玉祥", 1), ("和志祥", 1), ("贝竹", 1), ("普建鑫", 1), ("吉克曲木", 1), ("罗琼海", 1), ("周端五", 5),
               ("才让东珠", 1), ("穆清山", 5), ("习玉隆", 5), ("陈湘", 1), ("韦梅", 1), ("钟海山", 1), ("冶海鹰", 1)],
    # dev101
    "dev101": [("乌兰图娅", 1), ("白玉莲", 1), ("隋边江", 5), ("包金珊", 1), ("李洪山", 1), ("齐春梅", 1),
               ("鞠红侠", 1), ("初德盛", 5), ("关玉枝", 1), ("杜雪媛", 1), ("郝图江", 1), ("周满玥", 1), ("贺禧", 5),
               ("包查甘", 1)],
    # dev102
    "dev102": [("丁雅亭", 1), ("劉彩碟", 1), ("林泰平", 1), ("翁美娥", 1), ("柯尚兰", 1), ("粘志健", 1), ("云凡", 1),
               ("麦朗", 5), ("许三分", 1), ("王晓生", 5), ("游小燕", 1), ("蔡枫亭", 1), ("陈闽疆", 5), ("邢业林", 5)],
    # dev103
    "dev103": [("晏秋桦", 1), ("扶志钢", 5), ("邹白露", 1), ("文华", 1), ("莫晓燕", 5), ("卢春岚", 1), ("黎塘", 5),
               ("罗秀莲", 1), ("石湖", 1), ("班长清", 1), ("司马倩", 1), ("周建湘", 1), ("陆安隆", 5), ("岑万锋", 1)],
    # dev104
    "dev104": [("荆秀美", 1), ("叶莱", 5), ("邸志钢", 1), ("么红侠", 1), ("要瑞斌", 1), ("贾云峰", 1), ("武刚", 1),
               ("轩辕军", 5), ("马忠", 5), ("白勺", 5), ("老金风", 1), ("庄晓蝶", 1), ("禹军", 1), ("亢春艳", 1)],
    # dev105: one character off or same sound (张晓敏 beside 张晓明/张晓梅, 周沫 beside 周末, 高星 beside 高兴,
    # 陈志浩 beside 陳志豪, 司马艳 beside 司马燕) and the departed 李柏 beside 李白; none shares the toneless
    # pinyin of a name typed in pinyin (hanlixin, xuwenbo, ouyangminghui)
    "dev105": [("张晓敏", 1), ("周沫", 1), ("高星", 1), ("陈志浩", 1), ("司马艳", 1), ("李柏", 5)],
    # dev106 (same sound or one character off; none sounds like a romanised mention in the round)
    "dev106": [("张凯雯", 1), ("周沫", 5), ("高星", 1), ("何俊", 1), ("王芳芳", 1), ("林锋", 5)],
    # dev107: same sound (贺思源 beside 贺思远, 钟雅亭 beside 钟雅婷, 侯欣宜 beside 侯欣怡/Cindy Hou, 高笑 beside the
    # word-name 高效, 黄咏淇 beside 黃詠琪) and the departed 上官晓锋 beside 上官晓峰; none shares the toneless
    # pinyin of a name typed in pinyin (jiaoyuxuan, Gao Mingze, liu siqi)
    "dev107": [("贺思源", 1), ("钟雅亭", 1), ("侯欣宜", 1), ("高笑", 1), ("黄咏淇", 1), ("上官晓锋", 5)],
    # dev108: same sound or one character off (杨婕 beside 杨洁, 罗家伟 beside 罗嘉伟, 宋志远 beside 宋知远, 萧雅雯
    # beside 萧雅文, 令狐圆 beside 令狐远) and the departed 周佳丽 beside 周佳莉 (Kelly Zhou); none shares the
    # toneless pinyin of a name typed in pinyin (zhangmengqi, tangyue, Pan Yiming, Hu Dongsheng)
    "dev108": [("杨婕", 1), ("罗家伟", 1), ("宋志远", 1), ("萧雅雯", 1), ("令狐圆", 1), ("周佳丽", 5)],
    # dev109: same sound or one character off (骆文靖 beside 骆文静, 柴骏杰 beside 柴俊杰, 蒲海艳 beside 蒲海燕, 甘丽花
    # beside 甘丽华, 谷晨扬 beside 谷晨阳) and the departed 聂思宇 beside 聂思雨 (nie.sy); none shares the toneless
    # pinyin of a name typed in pinyin (yuxiaoting, chizhenyu, Zhan Guoqiang, Qi Jiaxin)
    "dev109": [("骆文靖", 1), ("柴骏杰", 1), ("蒲海艳", 1), ("甘丽花", 1), ("谷晨扬", 1), ("聂思宇", 5)],
    # dev110: same sound or one character off (秦晓兰 beside 秦晓岚, 邵明慧 beside 邵明辉, 白若曦 beside 白若溪, 霍嘉豪
    # beside 霍家豪, 田欣宜 beside 田欣怡/Crystal Tian) and the departed 曾雨亭 beside 曾雨婷; none shares the toneless
    # pinyin of a name typed in pinyin or a userid (Xu Haoran, Zhu Yiting, Gu Mingxuan, cao yuhang, leichen, tanjh …)
    "dev110": [("秦晓兰", 1), ("邵明慧", 1), ("白若曦", 1), ("霍嘉豪", 1), ("田欣宜", 1), ("曾雨亭", 5)],
    # dev111: same sound or one character off (蒋天右 beside 蒋天佑/jiangty, 邵楷 beside 邵凯, 苏婉青 beside 苏婉清,
    # 温静仪 beside 温静怡/wenjy02, 宁皓然 beside 宁浩然) and the departed 陈泳诗 beside 陳詠詩; none shares the
    # toneless pinyin of a name typed in pinyin or as a userid (jiangty, fan.zy, wenjy02, songjiayin, gong xueying,
    # Lu Siyuan)
    "dev111": [("蒋天右", 1), ("邵楷", 1), ("苏婉青", 1), ("温静仪", 1), ("宁皓然", 1), ("陈泳诗", 5)],
    # dev112: same sound or one character off (郜明源 beside 郜明远, 鞠海滔 beside 鞠海涛, 殷若桐 beside 殷若彤, 许家伟
    # beside 許家瑋, 苗可心 beside 苗可馨) and the departed 窦晨希 beside 窦晨曦; none shares the toneless pinyin of a
    # name typed in pinyin or as a userid (Mo Tianyu, xia wenjing, kongyq, lihx03, zhou.mt, qinlu01)
    "dev112": [("郜明源", 1), ("鞠海滔", 1), ("殷若桐", 1), ("许家伟", 1), ("苗可心", 1), ("窦晨希", 5)],
    # dev113: same sound or one character off (覃紫涵 beside 覃梓涵, 詹惠敏 beside 詹慧敏, 龙文宣 beside 龙文轩, 韩思桐
    # beside 韩思彤, 欧阳佳禾 beside 欧阳嘉禾) and the departed 滕雅淇 beside 滕雅琪; none shares the toneless pinyin
    # of a name typed in pinyin or as a userid (xiang yutong, tao jingwen, wanghaoyu, mengxiaonan, luhz01, xia.yq,
    # tianmx, kongjy, bai.zr)
    "dev113": [("覃紫涵", 1), ("詹惠敏", 1), ("龙文宣", 1), ("韩思桐", 1), ("欧阳佳禾", 1), ("滕雅淇", 5)],
    # dev114: same sound or one character off (蔺佳树 beside 蔺嘉树, 卜雨菲 beside 卜雨霏, 司徒婉怡 beside 司徒婉仪,
    # 邵锦成 beside 邵锦程, 汤若林 beside 汤若琳) and the departed 裴书遥 beside 裴书瑶; none shares the toneless
    # pinyin of a name typed in pinyin or as a userid (bao yiran, Kang Zhixuan, chuxm, ge.wy, lanqf01, dingyh03,
    # jiaoml)
    "dev114": [("蔺佳树", 1), ("卜雨菲", 1), ("司徒婉怡", 1), ("邵锦成", 1), ("汤若林", 1), ("裴书遥", 5)],
    # dev115: same sound or one character off (岑子萱 beside 岑梓萱, 郦文波 beside 郦文博, 阙海凝 beside 阙海宁, 祁思琦
    # beside 祁思琪, 卓雨晨 beside 卓雨辰) and the departed 柏书然 beside 柏舒然; none shares the toneless pinyin of a
    # name typed in pinyin or as a userid (ruan mingjie, shi qingyao, niujq, qiusy01, yanzm, wen.yh, xubl02, tangyx03)
    "dev115": [("岑子萱", 1), ("郦文波", 1), ("阙海凝", 1), ("祁思琦", 1), ("卓雨晨", 1), ("柏书然", 5)],
    # dev116: same sound or one character off (储文浩 beside 储文昊, 甄美林 beside 甄美琳, 宓雅芹 beside 宓雅琴,
    # 令狐婉青 beside 令狐婉清, 湛书遥 beside 湛书瑶) and the departed 聂子航 beside 聂梓航; none shares the toneless
    # pinyin of a name typed in pinyin or as a userid (ji wanqing, kang yurou, ding shuhan, bixy01, hou.zn, dongjr,
    # lanyc02, jiangbh)
    "dev116": [("储文浩", 1), ("甄美林", 1), ("宓雅芹", 1), ("令狐婉青", 1), ("湛书遥", 1), ("聂子航", 5)],
    # dev117: same sound or one character off (戚望书 beside 戚望舒, 晏家言 beside 晏嘉言, 桂宇航 beside 桂雨航, 邰敏怡
    # beside 邰敏仪, 端木清河 beside 端木清和) and the departed 俞思波 beside 俞思博; none shares the toneless pinyin of
    # a name typed in pinyin or as a userid (rong yihan, Song Lanxin, tian shuyao, qinhl, shen.yx, yuanzh02, xuemn,
    # wuqf, pang.wj)
    "dev117": [("戚望书", 1), ("晏家言", 1), ("桂宇航", 1), ("邰敏怡", 1), ("端木清河", 1), ("俞思波", 5)],
    # dev118: same sound or one character off (邵俊希 beside 邵俊熙, 葛宏飞 beside 葛鸿飞, 上官若曦 beside 上官若溪,
    # 柯语彤 beside 柯语桐, 饶书淇 beside 饶书琪) and the departed 缪志杭 beside 缪志航; none shares the toneless pinyin
    # of a name typed in pinyin or as a userid (gao shiyu, an ziyue, Ling Jiahui, du.wq, jinzh, limh03, cao.yr,
    # kuangmy, fanhy02)
    "dev118": [("邵俊希", 1), ("葛宏飞", 1), ("上官若曦", 1), ("柯语彤", 1), ("饶书淇", 1), ("缪志杭", 5)],
    # dev119: same sound or one character off (尚文翰 beside 尚文瀚, 谷小澜 beside 谷晓澜, 阎书琦 beside 阎书琪,
    # 宗政浩燃 beside 宗政浩然, 祝雅男 beside 祝雅楠) and the departed 骆成宇 beside 骆承宇; none shares the toneless
    # pinyin of a name typed in pinyin or as a userid (xu wenkai, yan ruoxi, tang haoming, qiujw01, ruan.zk, wuyt02,
    # panxl, zhoumq, ouyang.sy, nie.hx)
    "dev119": [("尚文翰", 1), ("谷小澜", 1), ("阎书琦", 1), ("宗政浩燃", 1), ("祝雅男", 1), ("骆成宇", 5)],
    # dev120: same sound or one character off (司马卫冬 beside 司马卫东, 上官丽平 beside 上官丽萍, 訾海艳
    # beside 訾海燕, 晏国清 beside 晏国庆, 苟志萍 beside 苟志平) and the departed 郜建君 beside 郜建军; none
    # shares the toneless pinyin of a name typed in pinyin or as a userid (feng jianguo, lu xiaomei, bai
    # haitao, kang shuzhen, ding.hy, hanzq02, cuilx, jiaxm, mengdf, bao.wj)
    "dev120": [("司马卫冬", 1), ("上官丽平", 1), ("訾海艳", 1), ("晏国清", 1), ("苟志萍", 1), ("郜建君", 5)],
    # dev121: same sound or one character off (司马沁燃 beside 司马沁然, 柏书遥 beside 柏书瑶, 闵浩晨 beside 闵浩宸,
    # 滕欣彦 beside 滕欣妍, 郝子轩 beside 郝梓轩) and the departed 程念思 beside 程念慈; none shares the toneless
    # pinyin of a name typed in pinyin or as a userid (tao yuxin, shi ruoyu, wen jiale, Pei Xinyue, xiongzy,
    # ruixh01, wanqy, zhanyt02, tong.lm, sun.wj)
    "dev121": [("司马沁燃", 1), ("柏书遥", 1), ("闵浩晨", 1), ("滕欣彦", 1), ("郝子轩", 1), ("程念思", 5)],
    # dev122: same sound or one character off (蕭郁婷 beside 蕭郁庭, 温子乾 beside 温子谦, 欧阳靖兰 beside 欧阳靖岚,
    # 区家骏 beside 區家俊, 卓伟明 beside 卓伟民) and the departed 颜俊浩 beside 颜俊豪; none shares the toneless
    # pinyin of a name typed in pinyin or as a userid (bao yixuan, fang zhiruo, mo tianyou, fengyq02, ho.kw, jiaym,
    # cheng.wh, kohjl01, lauhm)
    "dev122": [("蕭郁婷", 1), ("温子乾", 1), ("欧阳靖兰", 1), ("区家骏", 1), ("卓伟明", 1), ("颜俊浩", 5)],
    # dev123: same sound or one character off (欧阳书遥 beside 欧阳书瑶, 司马骏峰 beside 司马俊峰, 苗雨轩
    # beside 苗雨萱, 卓雅林 beside 卓雅琳, 汪思渺 beside 汪思淼) and the departed 滕子淇 beside 滕子琪; none
    # shares the toneless pinyin of a name typed in pinyin or as a userid (wu shiyun, tan yuxi, ning zhaoyang,
    # shi yanqiu, zou peiran, tangwj03, qin.ys, shaoyf, ye.lq, pengwh01, zhu.rx, nongjh)
    "dev123": [("欧阳书遥", 1), ("司马骏峰", 1), ("苗雨轩", 1), ("卓雅林", 1), ("汪思渺", 1), ("滕子淇", 5)],
    # dev124: same sound or one character off (骆鹏菲 beside 骆鹏飞, 邝美玲 beside 邝美琳, 上官秋悦 beside 上官秋月,
    # 阙立炜 beside 阙立伟, 聂欣冉 beside 聂欣然) and the departed 郦婉青 beside 郦婉清; none shares the toneless
    # pinyin of a name typed in pinyin or as a userid (zhou yanbing, he xiaoqing, lan zhiwei, gu mengxi,
    # gaoyh02, liu.sq, kongdw, fanjr, baixm01, du.yf, huangkq, jiangwt03)
    "dev124": [("骆鹏菲", 1), ("邝美玲", 1), ("上官秋悦", 1), ("阙立炜", 1), ("聂欣冉", 1), ("郦婉青", 5)],
    # dev125: same sound or one character off (欧阳锦城 beside 欧阳锦程, 司马若林 beside 司马若琳, 上官明喆
    # beside 上官明哲, 韩木溪 beside 韩沐溪, 桑嘉琪 beside 桑佳琪) and the departed 秦小蔓 beside 秦晓蔓; none
    # shares the toneless pinyin of a name typed in pinyin or as a userid (song yutong, wei jingshu, xu
    # zhenyu, pan yiran, yu ruolan, qiaoms, rong.xy, shenkj02, wenlt, yanzh05, ning.hb, zhaoyq03)
    "dev125": [("欧阳锦城", 1), ("司马若林", 1), ("上官明喆", 1), ("韩木溪", 1), ("桑嘉琪", 1), ("秦小蔓", 5)],
    # dev126: same sound or one character off (欧阳丽芳 beside 欧阳丽芬, 司马春花 beside 司马春华, 上官秀芹 beside
    # 上官秀琴 — the name one line types first and then corrects —, 邓桂方 beside 邓桂芳, 詹丽军 beside 詹丽君) and
    # the departed 黎淑贞 beside 黎淑珍; none shares the toneless pinyin of a name typed in pinyin or as a userid
    # (ma lixia, cao guifen, kong xiuhua, lu yufen, dengyl, fu.qh, hejs02, lanxy, kuang.lm, bimz)
    "dev126": [("欧阳丽芳", 1), ("司马春花", 1), ("上官秀芹", 1), ("邓桂方", 1), ("詹丽军", 1), ("黎淑贞", 5)],
    # dev127: same sound or one character off (欧阳翰文 beside 欧阳瀚文, 上官明喆 beside 上官明哲, 蒋思恒
    # beside 蒋思衡, 冯以辰 beside 冯以琛, 邵清颜 beside 邵清妍) and the departed 程亦姝 beside 程亦舒; none
    # shares the toneless pinyin of a name typed in pinyin or as a userid (xiang yunuo, qiu muchen, shen
    # lanxi, tong wanyu, tianhx, wu.ry, xuanmy, songzq03, ou.jl, yinxt01)
    "dev127": [("欧阳翰文", 1), ("上官明喆", 1), ("蒋思恒", 1), ("冯以辰", 1), ("邵清颜", 1), ("程亦姝", 5)],
    # dev128: same sound or one character off (冼家俊 beside 冼嘉俊, 区泳欣 beside 区咏欣, 上官婉盈 beside
    # 上官婉莹, 司徒建华 beside 司徒健华, 洪镇坤 beside 洪振坤) and the departed 柯秀芹 beside 柯秀琴; none
    # shares the toneless pinyin of a name typed in pinyin or as a userid (huang jiaxin, cai zhenhao, zhuang
    # yiting, hong mingzhe, chenst02, lai.wt, guozh, mo.jy01, kuangzh, fengbw, huangrx, dengks)
    "dev128": [("冼家俊", 1), ("区泳欣", 1), ("上官婉盈", 1), ("司徒建华", 1), ("洪镇坤", 1), ("柯秀芹", 5)],
    # dev129: same sound or one character off (柯景成 beside 柯景澄, 上官砚洲 beside 上官砚舟, 翁子矜 beside 翁子衿,
    # 宓雅男 beside 宓雅楠, 湛卓燃 beside 湛卓然) and the departed 戚沐白 beside 戚慕白; none shares the toneless
    # pinyin of a name typed in pinyin or as a userid (shi jinghan, fang qinglan, yu zhixing, qiao yunshen,
    # puxr, qu.yh, renjl03, sang.wy, tuzh01, yuanqm)
    "dev129": [("柯景成", 1), ("上官砚洲", 1), ("翁子矜", 1), ("宓雅男", 1), ("湛卓燃", 1), ("戚沐白", 5)],
    # dev130: same sound or one character off (欧阳德望 beside 欧阳德旺, 司马桂方 beside 司马桂芳, 上官永富
    # beside 上官永福, 诸葛铁君 beside 诸葛铁军, 皇甫春艳 beside 皇甫春燕) and the departed 牛立疆 beside 牛立强;
    # none shares the toneless pinyin of a name typed in pinyin or as a userid (bao guiqin, gao dezhu, jia
    # xiuying, mei guihua, dingzhl, guo.cf, huangdy03, jinbq, kang.ys, lumh02, fengjw, ma.zc)
    "dev130": [("欧阳德望", 1), ("司马桂方", 1), ("上官永富", 1), ("诸葛铁君", 1), ("皇甫春艳", 1), ("牛立疆", 5)],
    # dev131: same sound or one character off (上官婉凝 beside 上官婉宁, 慕容思淇 beside 慕容思琪, 郇嘉悦 beside
    # 郇佳悦, 佟宏伟 beside 仝宏伟, 石欣然 beside 时欣然) and the departed 靳雨彤 beside 靳雨桐; none shares the
    # toneless pinyin of a name typed in pinyin or as a userid (ran jiayi, tao zhenxi, nian.qy, oudm, puxl02,
    # qu.hr, rongsy, sui.wq01, tuoyh, wen.zx03, xiangbw, yuanmq02, zang.ly)
    "dev131": [("上官婉凝", 1), ("慕容思淇", 1), ("郇嘉悦", 1), ("佟宏伟", 1), ("石欣然", 1), ("靳雨彤", 5)],
    # dev132: same sound or one character off (欧阳锦川 beside 欧阳晋川, 司马静琪 beside 司马婧琪, 裴书衡 beside
    # 裴书珩, 祁若桐 beside 祁若彤, 詹雨彤 beside 詹雨桐) and the departed 贺明宣 beside 贺明轩; none shares the
    # toneless pinyin of a name typed in pinyin or as a userid (qiu yanbin, lan shuyi, mo jiahui, xiang wenyu,
    # baiyx02, cao.lm, dumx, fang.zy01, gengsh, hou.jr, jiangwq03, kelj, mengtf)
    "dev132": [("欧阳锦川", 1), ("司马静琪", 1), ("裴书衡", 1), ("祁若桐", 1), ("詹雨彤", 1), ("贺明宣", 5)],
    # dev133: same sound or one character off (欧阳启凡 beside 欧阳启帆, 上官慧莹 beside 上官慧颖, 司马小鸥
    # beside 司马晓鸥, 喻欣怡 beside 喻心怡, 边丽群 beside 边立群) and the departed 蒋立锋 beside 蒋立峰; none
    # shares the toneless pinyin of a name typed in pinyin or as a userid (tang yizhou, shao kexin, rao
    # zhenbang, pu shaohua, niu.jh, pangxr, qi.wf02, rao.ml, songjz, wei.hp, xiezt, yu.kx01, zhengwb,
    # tangyy05)
    "dev133": [("欧阳启凡", 1), ("上官慧莹", 1), ("司马小鸥", 1), ("喻欣怡", 1), ("边丽群", 1), ("蒋立锋", 5)],
    # dev134: same sound or one character off (鄺凱玲 beside 鄺凱琳, 司马靖妍 beside 司马婧妍, 上官晓微 beside
    # 上官晓薇, 谭浩雨 beside 谭浩宇, 欧阳浩天 beside 欧阳昊天) and the departed 韦子寒 beside 韦子涵; none shares
    # the toneless pinyin of a name typed in pinyin or as a userid (deng yuxuan, feng shiqi, he jiarui, luo
    # wanting, ji mingxuan, auyk02, chanwy, cheungsy02, fok.lm, gohsl, ip.sw, kwanhy, lamkw03, lichm, mak.yt)
    "dev134": [("鄺凱玲", 1), ("司马靖妍", 1), ("上官晓微", 1), ("谭浩雨", 1), ("欧阳浩天", 1), ("韦子寒", 5)],
    # dev135: same sound or one character off (闫常生 beside 闫长生, 欧阳振桦 beside 欧阳振华, 上官雪芹 beside
    # 上官雪琴, 司马晓冬 beside 司马晓东, 宇文剑峰 beside 宇文建峰) and the departed 邰文彬 beside 邰文斌; none
    # shares the toneless pinyin of a name typed in pinyin or as a userid (ren haoyu, xue dongmei, peng lixia,
    # yao jinsong, wuxq03, yanzw02, shenjr02, tianxq, yuhm02, qiaoml, xiongyf)
    "dev135": [("闫常生", 1), ("欧阳振桦", 1), ("上官雪芹", 1), ("司马晓冬", 1), ("宇文剑峰", 1), ("邰文彬", 5)],
    # dev136: same sound or one character off (钟离婉青 beside 钟离婉清, 轩辕志源 beside 轩辕志远, 邬家俊 beside
    # 邬家骏, 应佩芳 beside 应佩芬, 忻伟民 beside 忻伟明) and the departed 竺海艳 beside 竺海燕; none shares the
    # toneless pinyin of a name typed in pinyin or as a userid (lou jianqiu, bao meifang, tang yuzhen, ke lihua,
    # ye qinfang, fangwj03, hulf, jin.xm02, caiyj, geqm, gaohm, dingyl, kuang.xf02)
    "dev136": [("钟离婉青", 1), ("轩辕志源", 1), ("邬家俊", 1), ("应佩芳", 1), ("忻伟民", 1), ("竺海艳", 5)],
    # dev137: same sound or one character off (令狐剑新 beside 令狐建新, 钟离秀方 beside 钟离秀芳, 濮阳春美 beside
    # 濮阳春梅, 隋长和 beside 隋长河, 覃秀美 beside 覃秀梅) and the departed 淳于海涛 beside 淳于海波; none shares
    # the toneless pinyin of a name typed in pinyin or as a userid (tan xiulan, xia fulin, song yuzhu, wei
    # chunsheng, ou yulan, pu.wx, yangdl03, qinzb, tanggf02, wu.ls01, zhong.mc)
    "dev137": [("令狐剑新", 1), ("钟离秀方", 1), ("濮阳春美", 1), ("隋长和", 1), ("覃秀美", 1), ("淳于海涛", 5)],
    # dev138: same sound or one character off (令狐春升 beside 令狐春生, 钟离雅婧 beside 钟离雅静, 濮阳培玲 beside
    # 濮阳佩玲, 申屠家树 beside 申屠嘉树, 郦小慧 beside 郦晓慧) and the departed 阮智平 beside 阮志平; none shares the
    # toneless pinyin of a name typed in pinyin or as a userid (bai shaojie, hua jingyi, kong yanan, lian zhiyuan,
    # anwl02, cen.jy, dingxr, jiao.mt, lizy05, mo.qh)
    "dev138": [("令狐春升", 1), ("钟离雅婧", 1), ("濮阳培玲", 1), ("申屠家树", 1), ("郦小慧", 1), ("阮智平", 5)],
    # dev139: same sound or one character off (蔺澄曦 beside 蔺澄溪, 税景瑜 beside 税璟瑜, 司空彦林 beside
    # 司空彦霖, 令狐皓淼 beside 令狐皓渺, 覃枕西 beside 覃枕溪) and the departed 钮舒瑶 beside 钮舒窈; none shares
    # the toneless pinyin of a name typed in pinyin or as a userid (tao xiyue, wei lanxin, tengry, xian.yl,
    # su.mq, weizh03, rongnx)
    "dev139": [("蔺澄曦", 1), ("税景瑜", 1), ("司空彦林", 1), ("令狐皓淼", 1), ("覃枕西", 1), ("钮舒瑶", 5)],
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
         "蹇总",
         "岳正雅"}  # dev65: 乐正雅 as a voice transcript heard it
TYPOS |= {"素珠", "金枝", "鲁医生"}  # dev75: bare given names and a title, each naming one member
TYPOS |= {"冼工"}  # dev77: a title (engineer 冼) naming the one member 冼志强
TYPOS |= {"老籍"}  # dev83: a nickname naming the one member 籍志伟
TYPOS |= {"覃经理", "阿乐"}  # dev85: a title and a nickname, each naming one member (覃海波, 邝家乐)
TYPOS |= {"淑惠姐"}  # dev92: a title naming the one member 廖淑惠
TYPOS |= {"老霍"}  # dev93: a nickname naming the one member 霍长城
TYPOS |= {"大山哥"}  # dev95: a nickname naming the one member 储大山
TYPOS |= {"鲜于工"}  # dev98: a title (engineer 鲜于) naming the one member 鲜于飞
TYPOS |= {"燕子姐"}  # dev99: a nickname naming the one member 笪春燕
TYPOS |= {"玉香姐"}  # dev100: a title naming the one member 刀玉香
TYPOS |= {"大列巴", "冬梅"}  # dev101: a nickname (the Russian loaf) naming 庞大力 and a bare given name naming 佟冬梅
TYPOS |= {"依江"}  # dev102: a Fuzhou nickname (依 + the last character) naming the one member 陈闽江
TYPOS |= {"霞姐"}  # dev103: a title naming the one member 欧阳霞
TYPOS |= {"四宝哥"}  # dev104: a nickname naming the one member 华四宝


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
