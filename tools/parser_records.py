"""Random but realistic CSL-JSON records for training the reference parser.

Everything here is synthetic: names, titles and venues are assembled from word lists, so no
evaluation string can leak into training. ``make_record(rng)`` is deterministic for a seeded
``random.Random``.
"""

from __future__ import annotations

import math
import random
from typing import Any

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
Cham|Abingdon|Los Angeles|Toronto|Sydney|Madrid|Milan|Vienna|Zurich""".replace("\n", "").split("|")
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
                "Office of {f}", "{W} Group", "{W} Law Publishers", "{W} Academic Publishing"]


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
            city += rng.choice([", NY", ", MA", ", CA", ", UK", ", Eng.", ", NJ"])
        return city
    return rng.choice(WESTERN_FAMILY) + rng.choice(["ville", "ton", "burg", " City", "field", "ford", " Heights"])


def publisher(rng: random.Random, zh: bool) -> str:
    if zh:
        return rng.choice(PUBLISHERS_ZH) if rng.random() < 0.6 else rng.choice(PLACES_ZH + ZH_FIELDS) + rng.choice(["出版社", "大学出版社", "人民出版社", "科学技术出版社", "研究院"])
    if rng.random() < 0.4:
        return rng.choice(PUBLISHERS)
    return rng.choice(PUB_PATTERNS).format(W=random_word(rng), V=random_word(rng), f=rng.choice(JOURNAL_FIELDS))


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


def en_title(rng: random.Random) -> str:
    a, b, c = rng.sample(TOPIC_EN, 3)
    if rng.random() < 0.15:
        c = ", ".join(acronym(rng) for _ in range(rng.randint(1, 3))) + rng.choice([" and ", ", and ", " & "]) + acronym(rng)
    if rng.random() < 0.1:
        a = f"{a} in {acronym(rng)}"
    title = rng.choice(TITLE_PATTERNS).format(A=_cap(a), a=a, b=b, B=_cap(b), c=c, n=rng.randint(2, 90))
    if rng.random() < 0.3:
        title = title_case(title)
    return title


def zh_title(rng: random.Random) -> str:
    a, b, c = rng.sample(TOPIC_ZH, 3)
    return rng.choice(ZH_PATTERNS).format(a=a, b=b, c=c)


def journal(rng: random.Random, zh: bool) -> str:
    if zh:
        return rng.choice(JOURNAL_ZH).format(a=rng.choice(ZH_FIELDS))
    f, g = rng.sample(JOURNAL_FIELDS, 2)
    if rng.random() < 0.3:  # names without a cue word: "Urban Climate", "Energy Policy Studies"
        words = [w.capitalize() for w in rng.choice(TOPIC_EN).split() if w.isalpha()]
        name = " ".join(words[:3]) + rng.choice(["", "", " Research", " Studies", " Policy", " Science", " Systems", " Today", " Reports", " Quarterly", " Letters", " Review", " Forum", " Practice"])
        return name
    name = rng.choice(JOURNAL_PATTERNS).format(f=f, g=g)
    if rng.random() < 0.12:  # abbreviated journal titles
        name = " ".join(w[:4] + "." if len(w) > 5 else w for w in name.split() if w not in ("of", "and", "The", "on"))
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
        if rng.random() < 0.04:
            return {"literal": rng.choice(INSTITUTIONS_ZH)}
        fam = rng.choice(CJK_COMPOUND) if rng.random() < 0.03 else rng.choice(CJK_FAMILY)
        given = "".join(rng.sample(CJK_GIVEN, rng.randint(1, 2)))
        return {"literal": fam + given, "x-cjk": [fam, given]}
    if rng.random() < 0.04:
        return {"literal": rng.choice(INSTITUTIONS_EN)}
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


TYPES = [("article-journal", 46), ("book", 12), ("chapter", 10), ("paper-conference", 10),
         ("thesis", 5), ("report", 6), ("webpage", 6), ("article-newspaper", 2), ("patent", 2),
         ("standard", 1)]


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
            rec["issue"] = str(numbers[1]) if rng.random() < 0.9 else f"{numbers[1]}-{numbers[1] + 1}"
        rec["page"] = pages(rng) if rng.random() < 0.9 else str(rng.randint(100000, 999999))
    elif kind in ("book", "report", "thesis", "standard"):
        rec["publisher"] = publisher(rng, zh)
        if rng.random() < 0.85:
            rec["publisher-place"] = place(rng, zh)
        if kind == "thesis":
            rec["publisher"] = rng.choice(UNIVERSITIES_ZH if zh else UNIVERSITIES)
            rec["genre"] = "博士学位论文" if zh else rng.choice(["PhD thesis", "Doctoral dissertation", "Master's thesis"])
        if kind == "report" and rng.random() < 0.6:
            rec["number"] = rng.choice(["", "", "No. ", "TR ", "WP ", "DP ", "TR-", "RR "]) + str(rng.randint(1, 29999))
            rec["collection-title"] = rng.choice(["NBER Working Paper", "Working Paper", "Technical Report", "Discussion Paper"])
        if kind == "book" and rng.random() < 0.1:  # edited volumes: editors in the author slot
            rec["editor"] = rec.pop("author")[:3]
        if kind == "book" and rng.random() < 0.25:
            rec["edition"] = str(numbers[2] % 8 + 2)
        if kind == "book" and rng.random() < 0.15:
            rec["translator"] = names(rng, zh, 2)[:2]
        if kind == "standard":
            rec["number"] = f"GB/T {rng.randint(1000, 40000)}-{rng.randint(1990, 2024)}" if zh else f"ISO {rng.randint(100, 30000)}:{rng.randint(1990, 2024)}"
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
                rec["container-title"] = rng.choice(ZH_FIELDS) + "学术会议论文集"
        else:
            rec["container-title"] = zh_title(rng) if zh else en_title(rng)
        rec["publisher"] = publisher(rng, zh)
        if rng.random() < 0.8:
            rec["publisher-place"] = place(rng, zh)
        rec["page"] = pages(rng)
    elif kind == "webpage":
        rec["container-title"] = rng.choice(["IEEE Xplore", "SSRN", "WIPO", "国家知识产权局", "Reuters", "OECD iLibrary"]) if rng.random() < 0.4 else None
        if rec["container-title"] is None:
            del rec["container-title"]
        if rng.random() < 0.5:
            del rec["issued"]
    elif kind == "article-newspaper":
        rec["container-title"] = rng.choice(["The New York Times", "Financial Times", "人民日报", "The Guardian", "光明日报", "Wall Street Journal"])
        rec["issued"] = {"date-parts": [date(rng, parts=3)]}
        rec["page"] = str(rng.randint(1, 30))
    elif kind == "patent":
        rec["number"] = rng.choice(["CN", "US", "EP", "JP"]) + str(rng.randint(1000000, 9999999)) + rng.choice(["A", "B", "B2", ""])
        rec["issued"] = {"date-parts": [date(rng, parts=3)]}
    if rng.random() < (0.5 if kind == "webpage" else 0.25):
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
