"""Random but realistic CSL-JSON records for training the reference parser.

Everything here is synthetic: names, titles and venues are assembled from word lists, so no
evaluation string can leak into training. ``make_record(rng)`` is deterministic for a seeded
``random.Random``.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from parser_kinds import (  # noqa: E402
    REPORT_GENRES,
    REPORT_GENRES_ZH,
    REPORT_SERIES,
    THESIS_GENRES,
    THESIS_GENRES_ZH,
    coined_publisher,
    institution,
    patent_number,
    report_number,
    site_name,
    standard_number,
    university,
    web_url,
    zh_institution,
)
from parser_vocab import (  # noqa: E402
    JOURNAL_ONE_WORD,
    TOPICS_MORE,
    abbreviate_journal,
    foreign_title,
    humanities_title,
    study_title,
)

WESTERN_FAMILY = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Rogers", "Reed", "Cook", "Morgan", "Bell", "Murphy", "Bailey", "Cooper", "Richardson", "Cox", "Howard", "Ward", "Peterson", "Gray", "James", "Watson", "Brooks", "Kelly", "Sanders", "Price", "Bennett", "Wood", "Barnes", "Ross", "Henderson", "Coleman", "Jenkins", "Perry", "Powell", "Long", "Patterson", "Hughes", "Flores", "Washington", "Butler", "Simmons", "Foster", "Bryant", "Alexander", "Russell", "Griffin", "Hayes", "Myers", "Ford", "Hamilton", "Graham", "Sullivan", "Wallace", "Woods", "Cole", "West", "Jordan", "Owens", "Reynolds", "Fisher", "Ellis", "Harrison", "Gibson", "McDonald", "Cruz", "Marshall", "Ortiz", "Gomez", "Murray", "Freeman", "Wells", "Webb", "Simpson", "Stevens", "Tucker", "Porter", "Hunter", "Hicks", "Crawford", "Henry", "Boyd", "Mason", "Kennedy", "Warren", "Dixon", "Burns", "Gordon", "Shapiro", "Holmes", "Rice", "Robertson", "Hunt", "Black", "Daniels", "Palmer", "Mills", "Nichols", "Grant", "Knight", "Ferguson", "Rose", "Stone", "Hawkins", "Dunn", "Perkins", "Hudson", "Spencer", "Gardner", "Stephens", "Payne", "Pierce", "Berry", "Matthews", "Arnold", "Wagner", "Willis", "Ray", "Watkins", "Olson", "Carroll", "Duncan", "Snyder", "Hart", "Cunningham", "Bradley", "Lane", "Andrews", "Ruiz", "Harper", "Fox", "Riley", "Armstrong", "Carpenter", "Weaver", "Greene", "Lawrence", "Elliott", "Chavez", "Sims", "Austin", "Peters", "Kelley", "Franklin", "Lawson", "Fields", "Ryan", "Schmidt", "Müller", "Schneider", "Fischer", "Weber", "Meyer", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Leroy", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "Costa", "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Díaz", "Hernández", "Álvarez", "Romero", "Silva", "Santos", "Oliveira", "Souza", "Pereira", "Lima", "Carvalho", "Ferreira", "Almeida", "Ribeiro", "Nowak", "Kowalski", "Wiśniewski", "Novák", "Svoboda", "Horváth", "Nagy", "Kovács", "Ivanov", "Petrov", "Smirnov", "Popov", "Kuznetsov", "Sokolov", "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsen", "Hansen", "Nielsen", "Jensen", "Virtanen", "Korhonen", "Yilmaz", "Kaya", "Demir", "Şahin", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin", "Fang", "Yan", "Dai", "Tan", "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ngo", "Duong", "Patel", "Shah", "Singh", "Kumar", "Sharma", "Gupta", "Mehta", "Reddy", "Rao", "Iyer", "Banerjee", "Chatterjee", "Mukherjee", "Das", "Bose", "Khan", "Ahmed", "Ali", "Hassan", "Hussein", "Ibrahim", "Mahmoud", "Mansour", "Haddad", "Khalil", "Cohen", "Levi", "Mizrahi", "Friedman", "Okafor", "Adeyemi", "Mensah", "Owusu", "Kamau", "Otieno", "Tirole", "Shapiro", "O'Brien", "O'Connor", "D'Angelo", "Smith-Jones", "Lloyd-Williams", "Garcia-Lopez", "Saint-Martin"]
PARTICLES = ["van", "van der", "von", "de", "De", "de la", "del", "da", "di", "Van", "van den", "du", "Le", "La", "dos"]
WESTERN_GIVEN = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Christopher", "Nancy", "Daniel", "Lisa", "Matthew", "Betty", "Anthony", "Margaret", "Mark", "Sandra", "Donald", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle", "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Melissa", "George", "Deborah", "Timothy", "Stephanie", "Ronald", "Rebecca", "Edward", "Laura", "Jason", "Helen", "Jeffrey", "Sharon", "Ryan", "Cynthia", "Jacob", "Kathleen", "Gary", "Amy", "Nicholas", "Angela", "Eric", "Anna", "Jonathan", "Hans", "Klaus", "Jürgen", "Wolfgang", "Pierre", "Jean", "Marie", "François", "Luc", "Giovanni", "Marco", "Giuseppe", "Francesca", "Carlos", "José", "Juan", "María", "Luis", "Ana", "João", "Pedro", "Mikhail", "Olga", "Sergei", "Anders", "Lars", "Ingrid", "Mehmet", "Ayşe", "Hiroshi", "Yuki", "Takeshi", "Akira", "Kenji", "Min-jun", "Ji-woo", "Seo-yeon", "Wei", "Xiaoming", "Jianguo", "Yifan", "Mei", "Ling", "Jun", "Hao", "Rajesh", "Priya", "Amit", "Sunita", "Mohammed", "Fatima", "Ahmed", "Omar", "Aisha", "Chinedu", "Ngozi", "Kwame", "Amara", "Dov", "Yael", "Reiko", "Jean-Luc", "Jean-Pierre", "Marie-Claire", "Hans-Peter", "Anne-Marie", "Tae-Hoon"]
CJK_FAMILY = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
CJK_COMPOUND = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容"]
CJK_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超明霞平刚桂英华红玉兰飞鹏辉斌宇浩凯健俊帆晨阳文博志远立新国庆海峰春晓玲燕琳颖婷雪慧佳欣怡嘉宁思雨子涵梓轩一鸣天翔振宇德胜永福光荣"
INSTITUTIONS_EN = """World Health Organization|European Commission|National Research Council|
OECD|World Bank|United Nations|U.S. Department of Justice|Federal Trade Commission|
European Patent Office|World Intellectual Property Organization|IEEE Standards Association|
International Organization for Standardization|
American Psychological Association|U.S. Patent and Trademark Office|Japan Patent Office|
Centers for Disease Control and Prevention|Royal Society|National Academy of Sciences|
International Telecommunication Union|Deutsche Bundesbank|Bank of England""".replace("\n", "").split("|")
INSTITUTIONS_ZH = """国家知识产权局|中华人民共和国国家统计局|全国信息与文献标准化技术委员会|国务院发展研究中心|
中国科学院文献情报中心|国家市场监督管理总局|中国标准化研究院|北京大学中国经济研究中心|世界知识产权组织|
中国专利保护协会|工业和信息化部|国家卫生健康委员会|清华大学技术创新研究中心""".replace("\n", "").split("|")

TOPIC_EN = """patent pool|patent pools|innovation|licensing|standard-essential patents|antitrust|
competition policy|technology standards|royalty stacking|cross-licensing|market power|R&D
investment|knowledge spillovers|intellectual property|open innovation|technology transfer|
pharmaceutical patents|access to medicines|semiconductor industry|mobile telecommunications|
video coding standards|FRAND commitments|patent thickets|complementary patents|hold-up|
consortium standards|university licensing|venture capital|firm performance|productivity growth|
climate change|gene expression|deep learning|neural networks|protein folding|cancer therapy|
public health|supply chains|monetary policy|labor markets|urban development|water quality|
graphene|solar cells|machine translation|language models|soil erosion|coral reefs|
patent litigation|compulsory licensing|biotechnology|green technology|blockchain""".replace(
    "\n", " ").split("|")
TOPIC_EN = [t.strip() for t in TOPIC_EN]
TITLE_PATTERNS = [
    "{A} and {B}",
    "The effect of {A} on {B}",
    "{A}: evidence from {B}",
    "{A}: {a} and {b}",
    "Can {a} promote {b}?",
    "Does {A} matter for {b}? Evidence from {c}",
    "Rethinking {a} in the age of {b}",
    "A model of {a} with {b}",
    "{A} in {c}: a review",
    "Why {a} fails: lessons from {b}",
    "On the economics of {a}",
    "{A}, {b}, and {c}",
    "Toward a theory of {a}",
    "{A} under uncertainty",
    "An empirical analysis of {a} and {b} in the {n}th century",
    "{A} revisited",
    "What drives {a}? A study of {n} firms",
    "Measuring {a}: new methods and data",
    "{A} and the problem of {b}: the case of {c}",
    "The role of {a} in {b}",
    "A review of {a}", "An analysis of {a} and {b}", "A survey of {a}", "A new approach to {a}",
    "An introduction to {a}", "A framework for {a} in {c}", "A comparative study of {a}",
    "In search of {a}", "Is {a} enough? {B} and {c}", "From {a} to {b}", "Beyond {a}",
    "How {a} shapes {b}", "Learning from {a}", "{A}", "{A} ({n} ed.)", "Notes on {a}",
]
TOPIC_ZH = """专利联盟|知识产权|技术标准|创新绩效|许可费|反垄断|收益共享|产业集群|专利池|协同创新|
技术转移|标准必要专利|竞争政策|高新技术企业|产学研合作|专利质量|商业模式|法律规制|
演化博弈|数字经济|人工智能|新能源汽车|医药产业|集成电路|区域经济|科技金融|信息资源|图书馆""".replace(
    "\n", "").split("|")
ZH_PATTERNS = [
    "{a}的{b}研究", "基于{a}的{b}分析", "{a}与{b}的关系研究", "{a}条件下的{b}", "{a}视角下的{b}",
    "{a}对{b}的作用机制研究", "{a}对{b}的影响：基于{c}的实证", "{a}中的{b}问题探讨", "我国{a}发展现状与对策",
]
JOURNAL_FIELDS = """Economics|Organizational Behavior|Law and Economics|Management Science|Research
Policy|Technology Management|Innovation|Intellectual Property|Political Economy|Finance|
Applied Physics|Chemistry|Medicine|Public Health|Computer Science|Information Science|
Business History|Economic Theory|Strategic Management|Health Economics|Environmental Science|
Sociology|Development Economics|Biology|Physics|Communications|Econometrics|Marketing""".replace(
    "\n", " ").split("|")
JOURNAL_FIELDS = [f.strip() for f in JOURNAL_FIELDS]
JOURNAL_PATTERNS = [
    "Journal of {f}", "The Journal of {f}", "International Journal of {f}", "{f} Review",
    "Review of {f}", "{f} Letters", "Annals of {f}", "Quarterly Journal of {f}",
    "European Journal of {f}", "{f} Quarterly", "Advances in {f}", "Journal of {f} & {g}",
    "{f} and {g}", "Current Opinion in {f}", "IEEE Transactions on {f}", "Nature {f}",
]
JOURNAL_ZH = ["{a}学报", "中国{a}", "{a}研究", "{a}杂志", "{a}管理", "{a}科学",
              "中国{a}大学学报", "{a}论坛", "情报{a}"]
ZH_FIELDS = ["科学学", "经济", "管理", "情报", "图书馆", "法学", "软科学", "知识产权", "社会科学",
             "工业经济", "科研管理", "电子", "计算机", "南京大学", "清华大学", "技术经济"]
PUBLISHERS = """Cambridge University Press|Oxford University Press|MIT Press|Springer|Elsevier|
Wiley|Routledge|Edward Elgar|Academic Press|Princeton University Press|Harvard University Press|
University of Chicago Press|Brill|Palgrave Macmillan|Sage|Taylor & Francis|
World Scientific|IEEE|ACM|Brookings Institution Press|
Stanford University Press|Yale University Press|
Springer Nature|De Gruyter|Nomos|Presses Universitaires de France|CRC Press|Pearson|McGraw-Hill""".replace(
    "\n", "").split("|")
PUBLISHERS_ZH = ["科学出版社", "中华书局", "北京大学出版社", "清华大学出版社", "知识产权出版社",
                 "中国人民大学出版社", "经济科学出版社", "商务印书馆", "法律出版社", "人民出版社",
                 "高等教育出版社", "社会科学文献出版社", "机械工业出版社", "上海人民出版社"]
PLACES = """New York|London|Cambridge|Oxford|Boston|Berlin|Paris|Amsterdam|Washington|Chicago|
Cheltenham|Princeton|Heidelberg|Singapore|Tokyo|Hoboken|Thousand Oaks|Basel|Leiden|Bristol|
Dordrecht|Geneva|Stanford|New Haven|Boca Raton|Upper Saddle River|Beijing|Shanghai|Hong Kong|
Cham|Abingdon|Los Angeles|Toronto|Sydney|Madrid|Milan|Vienna|Zurich|The Hague|Den Haag|La Jolla|
Le Mans|Rio de Janeiro|St. Louis|New Brunswick|Saint Paul|El Paso|Las Vegas|San Francisco|Baton Rouge""".replace("\n", "").split("|")
PLACES_ZH = ["北京", "上海", "广州", "南京", "武汉", "杭州", "成都", "西安", "天津", "长沙", "合肥", "济南"]
UNIVERSITIES = ["Stanford University", "University of California, Berkeley", "Harvard University",
                "University of Tokyo", "ETH Zurich", "Massachusetts Institute of Technology",
                "University of Oxford", "Tsinghua University", "Peking University",
                "Universität Mannheim", "Université Paris-Saclay", "University of Michigan"]
UNIVERSITIES_ZH = ["华南理工大学", "清华大学", "北京大学", "中国人民大学", "华中科技大学", "浙江大学",
                   "南开大学", "复旦大学", "同济大学", "中国科学院大学", "武汉大学"]
CONFERENCES = ["International Conference on {f}", "Annual Meeting of the {f} Association",
               "IEEE International Symposium on {f}", "Workshop on {f}", "European Conference on {f}",
               "International Symposium on Advanced {f}", "ACM Conference on {f}"]
DOMAINS = ["ieeexplore.ieee.org/xpl", "www.nber.org/papers", "papers.ssrn.com/sol3",
           "www.wipo.int/export/sites/www", "arxiv.org/abs", "www.cnki.net/kcms/detail",
           "hdl.handle.net/1721.1", "www.oecd.org/sti", "example.org/reports", "www.gov.cn/zhengce",
           "www.sipo.gov.cn/zscqgz", "repository.example.edu/bitstream"]


CITIES = ["Lagos", "Nairobi", "Accra", "Cairo", "Casablanca", "Johannesburg", "Cape", "Town", "Lima", "Bogotá", "Santiago", "Quito", "Buenos", "Aires", "São", "Paulo", "Rio", "de", "Janeiro", "Montevideo", "Mexico", "City", "Guadalajara", "Havana", "Montreal", "Vancouver", "Ottawa", "Calgary", "Seattle", "Portland", "Denver", "Austin", "Houston", "Atlanta", "Miami", "Philadelphia", "Baltimore", "Pittsburgh", "Cleveland", "Detroit", "Minneapolis", "St.", "Louis", "Nashville", "Ann", "Arbor", "Ithaca", "Berkeley", "Palo", "Alto", "Evanston", "Edinburgh", "Glasgow", "Manchester", "Leeds", "Bristol", "Dublin", "Cork", "Lisbon", "Porto", "Barcelona", "Valencia", "Seville", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Brussels", "Antwerp", "Ghent", "Rotterdam", "Utrecht", "Leiden", "Hamburg", "Munich", "Cologne", "Frankfurt", "Stuttgart", "Leipzig", "Dresden", "Göttingen", "Tübingen", "Bern", "Lausanne", "Turin", "Bologna", "Florence", "Naples", "Rome", "Athens", "Istanbul", "Ankara", "Warsaw", "Kraków", "Prague", "Budapest", "Bucharest", "Sofia", "Belgrade", "Zagreb", "Ljubljana", "Copenhagen", "Stockholm", "Uppsala", "Oslo", "Helsinki", "Tallinn", "Riga", "Vilnius", "Moscow", "Kyiv", "Tehran", "Dubai", "Doha", "Riyadh", "Mumbai", "Delhi", "New", "Delhi", "Bangalore", "Chennai", "Kolkata", "Dhaka", "Karachi", "Lahore", "Colombo", "Bangkok", "Hanoi", "Manila", "Jakarta", "Kuala", "Lumpur", "Seoul", "Busan", "Osaka", "Kyoto", "Nagoya", "Taipei", "Melbourne", "Brisbane", "Perth", "Adelaide", "Auckland", "Wellington", "Canberra", "Newcastle", "Hobart", "Cheltenham", "Northampton", "Norwood", "Westport", "Greenwich", "Santa", "Monica", "Santa", "Barbara", "Thousand", "Oaks", "Armonk", "Piscataway", "Hauppauge", "Burlington", "Sebastopol"]
PUB_PATTERNS = ["{W} Press", "{W} University Press", "University of {W} Press", "{W} Publishing",
                "{W} Publishing House", "{W} & {V}", "{W} Academic Publishers", "{W} Books",
                "{W} Verlag", "{W} and {V}", "{W} Scientific", "{W} Media", "{W}-{V} Publishers",
                "Editions {W}", "{W} Institute", "Bureau of {f}", "{W} Institute for {f}",
                "Center for {f}", "{W} Foundation", "Institute of {f}", "{W} Research Centre",
                "Office of {f}", "{W} Group", "{W} Law Publishers", "{W} Academic Publishing",
                "{W}, Inc.", "{W} & Sons", "{W} {V}, Inc.", "{W}, {V} and {U}", "{W} Ltd", "{W} GmbH",
                "{W} & Co.", "John {W} & Sons", "{W} Publishers, LLC"]


def random_word(rng: random.Random) -> str:
    word = rng.choice(WESTERN_FAMILY + CITIES)
    return word.split()[0] if rng.random() < 0.5 else word


def place(rng: random.Random, zh: bool) -> str:
    if zh:
        return rng.choice(PLACES_ZH)
    r = rng.random()
    if r < 0.35:
        return rng.choice(PLACES)
    if r < 0.8:
        city = rng.choice(CITIES)
        if rng.random() < 0.15:
            city += rng.choice([", NY", ", MA", ", CA", ", UK", ", Eng.", ", NJ", ", Mass.", ", Colo.", ", Calif.",
                                ", Ill.", ", Conn.", ", N.J.", ", Md.", ", Ont.", ", Zhejiang", ", Jiangsu", ", D.C."])
        return city
    return rng.choice(WESTERN_FAMILY) + rng.choice(["ville", "ton", "burg", " City", "field", "ford", " Heights"])


def publisher(rng: random.Random, zh: bool) -> str:
    if zh:
        return rng.choice(PUBLISHERS_ZH) if rng.random() < 0.6 else rng.choice(PLACES_ZH + ZH_FIELDS) + rng.choice(["出版社", "大学出版社", "人民出版社", "科学技术出版社", "研究院"])
    r = rng.random()
    if r < 0.3:
        return rng.choice(PUBLISHERS)
    if r < 0.55:
        return coined_publisher(rng)
    if r < 0.6:
        return institution(rng)
    return rng.choice(PUB_PATTERNS).format(W=random_word(rng), V=random_word(rng), U=random_word(rng), f=rng.choice(JOURNAL_FIELDS))


def acronym(rng: random.Random) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    acr = "".join(rng.choice(letters) for _ in range(rng.randint(2, 5)))
    return acr + (str(rng.randint(2, 9)) if rng.random() < 0.3 else "")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def title_case(text: str) -> str:
    small = {"a", "an", "and", "the", "of", "in", "on", "for", "to", "with", "from", "under", "by"}
    words = text.split(" ")
    return " ".join(w if (i and w in small) else _cap(w) for i, w in enumerate(words))


_HEAD_WORDS = sorted({w for t in TOPICS_MORE for w in t.split() if w.isalpha() and len(w) > 3})


def en_title(rng: random.Random) -> str:
    if rng.random() < 0.06:
        return foreign_title(rng)
    a, b, c = rng.sample(TOPIC_EN if rng.random() < 0.5 else TOPICS_MORE, 3)
    if rng.random() < 0.15:
        return study_title(rng, a, b, c)
    if rng.random() < 0.12:
        return humanities_title(rng, rng.choice([_cap(a), title_case(f"how {b} shapes {c}"), f"{_cap(a)} and {b}"]))
    if rng.random() < 0.08:  # a one-word or acronym head: "Seeds, soils, and struggle: ...", "AI and ..."
        words = rng.sample(_HEAD_WORDS, 3)
        head = rng.choice([_cap(words[0]), acronym(rng), f"{_cap(words[0])}, {words[1]}, and {words[2]}",
                           f"{_cap(words[0])} and {words[1]}"])
        return rng.choice(["{h}: {a}", "{h} and {a}", "{h}: the {a} of {b}", "{h} in {c}"]).format(h=head, a=a, b=b, c=c)
    if rng.random() < 0.15:
        c = ", ".join(acronym(rng) for _ in range(rng.randint(1, 3))) + rng.choice([" and ", ", and ", " & "]) + acronym(rng)
    if rng.random() < 0.1:
        a = f"{a} in {acronym(rng)}"
    title = rng.choice(TITLE_PATTERNS).format(A=_cap(a), a=a, b=b, B=_cap(b), c=c, n=rng.randint(2, 90))
    if rng.random() < 0.15:
        title = numbered_title(rng, title)
    if rng.random() < 0.3:
        title = title_case(title)
    return title


def numbered_title(rng: random.Random, title: str) -> str:
    """Numbers inside a title: "HIV-1", "type 2", "1861-1913", "version 1.2", "in 2011", "PM10"."""
    y = rng.randint(1800, 2020)
    piece = rng.choice([
        f"{acronym(rng)}-{rng.randint(1, 9)}", f"type {rng.randint(1, 3)}", f"{y}-{y + rng.randint(1, 60)}",
        f"version {rng.randint(1, 4)}.{rng.randint(0, 9)}", f"in {y}", f"{acronym(rng)}{rng.randint(1, 99)}",
        f"{rng.randint(2, 500)} patients", f"phase {rng.choice(['I', 'II', 'III', '2', '3'])}", f"the {y}s",
        f"{rng.randint(1, 9)},{rng.randint(10, 99)}-{rng.choice(['dihydroxy', 'dimethyl', 'trans'])} compounds",
        # hyphenated title-case compounds and bracketed asides, which look like name parts
        rng.choice(["Non-Uniform", "High-Q", "Self-Organizing", "Real-Time", "Two-Dimensional", "Ground-Based",
                    "X-Ray", "Cross-Sectional", "Non-Linear", "Data-Parallel", "Low-Cost", "Post-War"])
        + " " + rng.choice(["Systems", "Models", "Cavities", "Gases", "Maps", "Networks", "Surveys", "Methods"]),
        f"({acronym(rng)})", f"({_cap(rng.choice(TOPIC_EN))}: {rng.choice(TOPIC_EN)})", "O(n log n) time",
        f"{rng.choice(WESTERN_FAMILY)}'s ({y}) model",
    ])
    r = rng.random()
    if piece.startswith("("):
        return f"{title} {piece}" if r < 0.6 else f"{title.split(' ', 1)[0]} {piece} {title.split(' ', 1)[-1]}"
    if r < 0.4:
        return f"{title} {rng.choice(['in', 'and', 'with', 'after', 'for'])} {piece}"
    if r < 0.7:
        return f"{title}, {piece}"
    return f"{_cap(piece)}: {title[:1].lower() + title[1:]}"


def zh_title(rng: random.Random) -> str:
    a, b, c = rng.sample(TOPIC_ZH, 3)
    r = rng.random()
    if r < 0.08:  # book-title marks and quotations inside titles: "《五行》学说与《荀子》"
        return rng.choice(["《{a}》与{b}研究", "《{a}》中的{b}", "论“{a}”与{b}", "“{a}”视角下的{b}",
                           "《{a}》{b}考"]).format(a=a, b=b)
    if r < 0.13:  # several works under one heading, or a numbered report
        return rng.choice(["{a}；{b}；{c}", "{a}; {b}", "第 {n} 次{a}发展状况统计报告", "第{n}次全国{a}调查报告",
                           "{y}年{a}发展报告"]).format(a=a, b=b, c=c, n=rng.randint(2, 50), y=rng.randint(1990, 2024))
    if r < 0.18:  # Latin letters or digits inside: "罪犯 DNA 库与..."
        return rng.choice(["{a}中的 {x} 技术研究", "基于 {x} 的{a}分析", "{x} 与{a}"]).format(
            a=a, x=rng.choice(["DNA", "AI", "5G", "RFID", "GIS", "CNKI", "R&D", "SEP", "FRAND", "PCT"]))
    return rng.choice(ZH_PATTERNS).format(a=a, b=b, c=c)


def journal(rng: random.Random, zh: bool) -> str:
    if zh:
        return rng.choice(JOURNAL_ZH).format(a=rng.choice(ZH_FIELDS))
    f, g = rng.sample(JOURNAL_FIELDS, 2)
    if rng.random() < 0.08:
        return rng.choice(JOURNAL_ONE_WORD)
    if rng.random() < 0.05:  # societies' journals named by acronym: "Journal of the ACM"
        return rng.choice(["Journal of the {a}", "Communications of the {a}", "{a} Journal", "Proceedings of the {a}",
                           "{a} Transactions on {f}", "Bulletin of the {a}", "{f} ({a})"]).format(a=acronym(rng), f=f)
    if rng.random() < 0.3:  # names without a cue word: "Urban Climate", "Energy Policy Studies"
        words = [w.capitalize() for w in rng.choice(TOPIC_EN).split() if w.isalpha()]
        if not words:
            words = [rng.choice(JOURNAL_FIELDS)]
        name = " ".join(words[:3]) + rng.choice(["", "", " Research", " Studies", " Policy", " Science", " Systems", " Today", " Reports", " Quarterly", " Letters", " Review", " Forum", " Practice"])
        return name
    name = rng.choice(JOURNAL_PATTERNS).format(f=f, g=g)
    if rng.random() < 0.2:  # abbreviated journal titles
        name = abbreviate_journal(name, rng)
    return name


def given_name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return rng.choice(WESTERN_GIVEN)
    if r < 0.7:
        return f"{rng.choice(WESTERN_GIVEN)} {rng.choice(WESTERN_GIVEN)}"
    letters = "ABCDEFGHJKLMNOPRSTWYZ"
    if r < 0.85:
        return ". ".join(rng.sample(letters, rng.randint(1, 2))) + "."
    if r < 0.93:
        return f"{rng.choice(letters)}.-{rng.choice(letters)}."
    return f"{rng.choice(WESTERN_GIVEN)} {rng.choice(letters)}."


def person(rng: random.Random, zh: bool) -> dict[str, Any]:
    if zh or rng.random() < 0.04:
        if rng.random() < 0.06:
            return {"literal": rng.choice(INSTITUTIONS_ZH) if rng.random() < 0.4 else zh_institution(rng)}
        fam = rng.choice(CJK_COMPOUND) if rng.random() < 0.03 else rng.choice(CJK_FAMILY)
        given = "".join(rng.sample(CJK_GIVEN, rng.randint(1, 2)))
        return {"literal": fam + given, "x-cjk": [fam, given]}
    if rng.random() < 0.04:
        return {"literal": rng.choice(INSTITUTIONS_EN) if rng.random() < 0.5 else institution(rng)}
    family = rng.choice(WESTERN_FAMILY)
    if rng.random() < 0.07:
        family = f"{rng.choice(PARTICLES)} {family}"
    elif rng.random() < 0.04:
        family = f"{family}-{rng.choice(WESTERN_FAMILY)}"
    return {"family": family, "given": given_name(rng)}


def names(rng: random.Random, zh: bool, most: int = 8) -> list[dict[str, Any]]:
    k = rng.choice([1, 1, 2, 2, 2, 3, 3, 4, 5, 6, most])
    return [person(rng, zh) for _ in range(k)]


def date(rng: random.Random, lo: int = 1960, hi: int = 2025, parts: int | None = None) -> list[int]:
    year = rng.randint(lo, hi)
    n = parts or rng.choice([1, 1, 1, 1, 2, 3])
    out = [year, rng.randint(1, 12), rng.randint(1, 28)]
    return out[:n]


def pages(rng: random.Random) -> str:
    first = int(math.exp(rng.uniform(0, math.log(3500))))
    if rng.random() < 0.08:
        return str(first)
    return f"{first}-{first + rng.randint(1, 40)}"


TYPES = [("article-journal", 40), ("book", 12), ("chapter", 10), ("paper-conference", 10),
         ("thesis", 8), ("report", 8), ("webpage", 8), ("article-newspaper", 2), ("patent", 3),
         ("standard", 2)]


def make_record(rng: random.Random, rid: str, *, zh: bool | None = None) -> dict[str, Any]:
    """One random CSL-JSON record (with helper keys ``x-cjk`` on CJK literal names)."""
    if zh is None:
        zh = rng.random() < 0.2
    kind = rng.choices([t for t, _ in TYPES], weights=[w for _, w in TYPES])[0]
    rec: dict[str, Any] = {"id": rid, "type": kind, "author": names(rng, zh)}
    rec["title"] = zh_title(rng) if zh else en_title(rng)
    rec["issued"] = {"date-parts": [date(rng, parts=1 if kind in ("book", "thesis") else None)]}
    numbers = rng.sample(range(1, 99), 4)
    if kind == "article-journal":
        rec["container-title"] = journal(rng, zh)
        if rng.random() < 0.9:
            rec["volume"] = str(numbers[0])
        if rng.random() < 0.75:
            n, r = numbers[1], rng.random()  # "5", "5-6", "5/6", "8/9/10", "Suppl 2", "S1"
            rec["issue"] = str(n) if r < 0.85 else f"{n}-{n + 1}" if r < 0.9 else f"{n}/{n + 1}" if r < 0.95 else f"{n}/{n + 1}/{n + 2}" if r < 0.97 else rng.choice(["Suppl ", "Suppl. ", "S"]) + str(n % 5 + 1)
        r = rng.random()  # page ranges, or article numbers: "103421", "e24686", "e0123456", "S12"
        rec["page"] = pages(rng) if r < 0.85 else str(rng.randint(1000, 999999)) if r < 0.92 else rng.choice(["e", "e", "e0", "S", "A"]) + str(rng.randint(10, 99999))
    elif kind in ("book", "report", "thesis", "standard"):
        rec["publisher"] = publisher(rng, zh)
        if rng.random() < 0.85:
            rec["publisher-place"] = place(rng, zh)
        if kind == "thesis":
            city = rec.get("publisher-place") or place(rng, zh)
            if rng.random() < 0.3:
                rec["publisher"] = rng.choice(UNIVERSITIES_ZH if zh else UNIVERSITIES)
            else:
                rec["publisher"] = university(rng, city.split(",")[0], zh)
            rec["genre"] = rng.choice(THESIS_GENRES_ZH if zh else THESIS_GENRES)
        if kind == "report":
            if rng.random() < 0.55:
                rec["publisher"] = institution(rng) if not zh else rng.choice(INSTITUTIONS_ZH)
            if rng.random() < 0.8:
                rec["number"] = report_number(rng)
            if rng.random() < 0.45:
                rec["genre"] = rng.choice(REPORT_GENRES_ZH if zh else REPORT_GENRES)
            if rng.random() < 0.35:
                rec["collection-title"] = rng.choice(REPORT_SERIES)
        if kind == "book" and rng.random() < 0.1:  # edited volumes: editors in the author slot
            rec["editor"] = rec.pop("author")[:3]
        if kind == "book" and rng.random() < 0.25:
            rec["edition"] = str(numbers[2] % 8 + 2)
        if kind == "book" and rng.random() < 0.15:
            rec["translator"] = names(rng, zh, 2)[:2]
        if kind == "standard":
            rec["number"] = standard_number(rng, zh)
    elif kind in ("chapter", "paper-conference"):
        if kind == "chapter" or rng.random() < 0.5:
            rec["editor"] = names(rng, zh, 4)[:4]
        if kind == "paper-conference":
            conf = rng.choice(CONFERENCES).format(f=rng.choice(JOURNAL_FIELDS))
            year = rng.randint(1990, 2024)
            nth = rng.randint(2, 40)
            acro = "".join(w[0] for w in conf.split() if w[0].isupper())
            rec["container-title"] = rng.choice([
                "Proceedings of the " + conf, f"{year} {conf}", f"{year} {nth}th {conf} ({acro})",
                f"{acro} '{year % 100:02d}: Proceedings of the {conf}", f"{conf} ({acro} {year})",
            ])
            if zh:
                rec["container-title"] = rng.choice([
                    "{f}学术会议论文集", "第{n}届全国{f}学术会议论文集", "{y}年{f}学术年会论文集",
                    "第{n}届{f}国际研讨会论文集", "中国{f}学会{y}年会论文集", "第{n}届中国{f}论坛论文集",
                ]).format(f=rng.choice(ZH_FIELDS + TOPIC_ZH), n=rng.randint(1, 30), y=rng.randint(1990, 2024))
        else:
            rec["container-title"] = zh_title(rng) if zh else en_title(rng)
        rec["publisher"] = publisher(rng, zh)
        if rng.random() < 0.8:
            rec["publisher-place"] = place(rng, zh)
        rec["page"] = pages(rng)
    elif kind == "webpage":
        site = site_name(rng, zh, rng.choice(TOPIC_EN))
        if rng.random() < 0.75:
            rec["container-title"] = site
        if rng.random() < 0.2:
            rec["publisher"] = institution(rng) if not zh else rng.choice(INSTITUTIONS_ZH)
        if rng.random() < 0.4:
            del rec["issued"]
        if rng.random() < 0.9:
            rec["URL"] = web_url(rng, site)
            issued = rec.get("issued", {"date-parts": [[2000]]})["date-parts"][0][0]
            rec["accessed"] = {"date-parts": [date(rng, lo=max(issued + 1, 2005), hi=2026, parts=3)]}
    elif kind == "article-newspaper":
        rec["container-title"] = rng.choice(["The New York Times", "Financial Times", "人民日报", "The Guardian", "光明日报", "Wall Street Journal"])
        rec["issued"] = {"date-parts": [date(rng, parts=3)]}
        rec["page"] = str(rng.randint(1, 30))
    elif kind == "patent":
        rec["number"] = patent_number(rng)
        rec["issued"] = {"date-parts": [date(rng, parts=3)]}
    if "URL" not in rec and rng.random() < (0.5 if kind == "webpage" else 0.25):
        rec["URL"] = f"https://{rng.choice(DOMAINS)}/{rng.randint(1000, 9999999)}" + rng.choice(["", "/", ".pdf", "?lang=en", "/full"])
        if rng.random() < 0.7 or kind == "webpage":
            issued = rec.get("issued", {"date-parts": [[2000]]})["date-parts"][0][0]
            rec["accessed"] = {"date-parts": [date(rng, lo=max(issued + 1, 2005), hi=2026, parts=3)]}
    if kind in ("article-journal", "paper-conference", "chapter", "book", "report") and rng.random() < 0.35:
        rec["DOI"] = f"10.{rng.randint(1000, 99999)}/{rng.choice(['j.', 's', 'abc.', ''])}{rng.randint(1000, 999999)}.{rng.randint(10, 9999)}"
    if kind == "book" and rng.random() < 0.15:
        rec["ISBN"] = f"978-{rng.randint(0, 9)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}"
    if zh:
        rec["language"] = "zh-CN"
    return rec
