"""Text that is not UTF-8 and names no charset: which code page it is read in.

Windows-1252 stays the reading of Western text; a text that reads as no Western text in it
(Cyrillic, Greek, Hebrew, Arabic, Thai, Chinese, Japanese, Korean code pages) is read in the code
page charset-normalizer finds. Before, every such text was stored as Windows-1252 mojibake
("Ìèíèñòð" for "Министр"). The sentences are ours, news-like, one paragraph each.
"""

from __future__ import annotations

import pytest

from briefing_tui.sources.detect import undeclared_text
from briefing_tui.sources.files import decode_text
from briefing_tui.sources.html import declared_as_utf8

RUSSIAN = (
    "Министр иностранных дел заявил в понедельник, что переговоры с соседними странами продолжатся "
    "на следующей неделе в Женеве. По его словам, обе делегации обсудили вопросы торговли, энергетики "
    'и безопасности границ. "Мы надеемся на конструктивный диалог", - сказал он журналистам после встречи.'
)
BULGARIAN = (
    "Министърът на външните работи посети Скопие във вторник за разговори с колегата си. Двамата "
    "обсъдиха сътрудничеството в транспорта и енергетиката и се договориха за нова среща през есента."
)
GREEK = (
    "Ο υπουργός Εξωτερικών συναντήθηκε την Τρίτη στην Αθήνα με τον Κύπριο ομόλογό του. Οι δύο πλευρές "
    "συζήτησαν θέματα ενέργειας, μετανάστευσης και ασφάλειας στην ανατολική Μεσόγειο."
)
HEBREW = (
    "שר החוץ נפגש ביום שני בירושלים עם שגריר צרפת. השניים שוחחו על שיתוף פעולה כלכלי ועל המצב באזור. "
    "לדברי דובר המשרד, פגישה נוספת תתקיים בחודש הבא בפריז."
)
ARABIC = (
    "التقى وزير الخارجية يوم الأحد في القاهرة بنظيره الأردني لبحث العلاقات الثنائية. وناقش الجانبان "
    "قضايا التجارة والطاقة والأمن الإقليمي، وقال الوزير إن لقاء آخر سيعقد الشهر المقبل."
)
JAPANESE = (
    "外務大臣は月曜日、東京で韓国の外相と会談し、経済協力と地域の安全保障について意見を交わした。"
    "両氏は来月ソウルで再び会うことで合意した。会談後、大臣は記者団に対し「率直で有意義な話し合いだった」と述べた。"
)
CHINESE = (
    "外交部长星期二在北京会见了来访的新加坡外长，双方就贸易、投资和地区安全交换了意见。"
    "两国同意下个月在新加坡举行新一轮磋商。会后，部长对记者表示，会谈坦诚而富有成果。"
)
TAIWANESE = (
    "外交部長星期三在台北會見了來訪的日本代表團，雙方討論了經濟合作與區域安全問題。"
    "部長在會後表示，這次會談非常有意義，雙方將繼續保持密切聯繫。"
)
KOREAN = (
    "외교부 장관은 화요일 서울에서 일본 외무상과 회담을 갖고 경제 협력과 지역 안보 문제를 논의했다. "
    "양측은 다음 달 도쿄에서 다시 만나기로 합의했다."
)
THAI = (
    "รัฐมนตรีว่าการกระทรวงการต่างประเทศพบกับเอกอัครราชทูตญี่ปุ่นที่กรุงเทพฯ เมื่อวันจันทร์ "
    "ทั้งสองฝ่ายหารือเรื่องการค้าและการลงทุน และตกลงที่จะพบกันอีกครั้งในเดือนหน้า"
)

LEGACY = [
    ("Russian", "cp1251", RUSSIAN),
    ("Russian", "koi8_r", RUSSIAN),
    ("Russian", "iso8859_5", RUSSIAN),
    ("Russian", "cp866", RUSSIAN),
    ("Bulgarian", "cp1251", BULGARIAN),
    ("Greek", "cp1253", GREEK),
    ("Greek", "iso8859_7", GREEK),
    ("Hebrew", "cp1255", HEBREW),
    ("Hebrew", "iso8859_8", HEBREW),
    ("Arabic", "cp1256", ARABIC),
    ("Japanese", "shift_jis", JAPANESE),
    ("Japanese", "euc_jp", JAPANESE),
    ("Chinese", "gbk", CHINESE),
    ("Chinese", "gb18030", CHINESE),
    ("Chinese", "big5", TAIWANESE),
    ("Korean", "euc_kr", KOREAN),
    ("Thai", "cp874", THAI),
]

# Western text in Windows-1252 (or Latin-1) must stay Windows-1252, and without asking the library:
# it took Italian and Spanish for Windows-1250 ("venerdě", "ń" for "ñ").
WESTERN = [
    (
        "English",
        "The envoy\u2019s visit \u2014 \u201cthe first in years\u201d \u2014 was set for May; it cost \u00a35m.",
    ),
    (
        "French",
        "Le ministre a rencontr\u00e9 lundi son homologue allemand \u00e0 Paris pour \u00e9voquer l\u2019\u00e9nergie.",
    ),
    (
        "German",
        "Der Au\u00dfenminister sprach am Dienstag mit dem \u00f6sterreichischen Kollegen \u00fcber Grenzen.",
    ),
    (
        "Spanish",
        "El ministro se reuni\u00f3 el mi\u00e9rcoles en Espa\u00f1a con su hom\u00f3logo; \u00bfhabr\u00e1 acuerdo?",
    ),
    (
        "Italian",
        "Il ministro ha incontrato venerd\u00ec a Roma il collega greco: \u201cc\u2019\u00e8 intesa\u201d.",
    ),
    (
        "Portuguese",
        "O ministro reuniu-se na quinta-feira com o homólogo espanhol; falaram das fronteiras e da energia.",
    ),
    (
        "English, one accented word",
        "The talks, held \u00e0 huis clos in Geneva, ended on Monday without a statement.",
    ),
    (
        "Swedish",
        "Utrikesministern tr\u00e4ffade p\u00e5 m\u00e5ndagen sin finl\u00e4ndska kollega i G\u00f6teborg.",
    ),
]


@pytest.mark.parametrize(("language", "page", "text"), LEGACY, ids=[f"{c[0]}-{c[1]}" for c in LEGACY])
def test_a_text_file_in_a_legacy_code_page_is_read_in_it(language, page, text):
    assert decode_text(text.encode(page)) == text, language


@pytest.mark.parametrize(("language", "page", "text"), LEGACY, ids=[f"{c[0]}-{c[1]}" for c in LEGACY])
def test_a_page_in_a_legacy_code_page_that_names_none_is_read_in_it(language, page, text):
    page_bytes = b"<html><body><article><p>" + text.encode(page) + b"</p></article></body></html>"
    assert text in declared_as_utf8(page_bytes).decode("utf-8"), language


@pytest.mark.parametrize(("language", "page", "text"), LEGACY, ids=[f"{c[0]}-{c[1]}" for c in LEGACY])
def test_a_page_s_scripts_and_styles_do_not_hide_its_code_page(language, page, text):
    """A page's markup is ASCII: however much of it there is (here 130 KB of scripts before the text),
    the words of its text decide."""
    script = (
        b"<script>window.dataLayer = window.dataLayer || []; function track(event) { return event; }</script>"
    )
    style = b"<style>.headline { font-family: Georgia, serif; margin: 0 auto; }</style>"
    page_bytes = (
        b"<html><head>" + script * 1200 + style * 40 + b"</head><body><p>" + text.encode(page) + b"</p>"
    )
    assert text in declared_as_utf8(page_bytes).decode("utf-8"), language


@pytest.mark.parametrize(("language", "text"), WESTERN, ids=[c[0] for c in WESTERN])
def test_western_text_stays_windows_1252_without_asking_the_library(monkeypatch, language, text):
    import charset_normalizer

    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda *_: pytest.fail("asked the library"))
    assert decode_text(text.encode("cp1252")) == text, language
    page_bytes = b"<html><body><p>" + text.encode("cp1252") + b"</p></body></html>"
    assert text in declared_as_utf8(page_bytes).decode("utf-8"), language


def test_a_declared_charset_and_utf_8_are_read_as_before():
    assert decode_text(RUSSIAN.encode("koi8_r"), "koi8-r") == RUSSIAN
    assert decode_text(RUSSIAN.encode("utf-8")) == RUSSIAN
    assert decode_text(GREEK.encode("cp1253"), "windows-1253") == GREEK


def test_a_long_text_is_read_from_a_sample_of_it_and_decoded_whole():
    """A body past the library's sample is cut at a line end, never inside a two-byte character."""
    text = "\n".join([JAPANESE] * 400)  # about 60,000 characters, 120 KB in Shift-JIS
    assert undeclared_text(text.encode("shift_jis")) == text


# ISO-2022-JP is 7-bit: every other codec reads it as ASCII, kanji as letter pairs between escapes.
KOREAN_AND_JAPANESE = "外務大臣は来週ソウルを訪問する。韓国側は「환영합니다」と歓迎した。"
NOTES = "\n\n".join([JAPANESE, "Tokyo, 4 March (desk)", JAPANESE])
ISO_2022_JP = [
    ("ESC $ B", JAPANESE, JAPANESE.encode("iso2022_jp")),
    (
        "ESC $ @ and ESC ( J",
        JAPANESE,
        JAPANESE.encode("iso2022_jp").replace(b"\x1b$B", b"\x1b$@").replace(b"\x1b(B", b"\x1b(J"),
    ),
    ("several lines", NOTES, NOTES.encode("iso2022_jp")),
    ("ISO-2022-JP-2, Korean in it", KOREAN_AND_JAPANESE, KOREAN_AND_JAPANESE.encode("iso2022_jp_2")),
]


@pytest.mark.parametrize(("case", "text", "body"), ISO_2022_JP, ids=[c[0] for c in ISO_2022_JP])
def test_iso_2022_jp_is_told_by_its_escape_sequences(case, text, body):
    assert decode_text(body) == text, case  # a text file that names no charset
    assert decode_text(body, "iso-2022-jp") == text  # or one served with its charset, read as UTF-8 before
    page = b"<html><body><p>" + body + b"</p></body></html>"
    assert text in declared_as_utf8(page).decode("utf-8")
    declared = b'<html><head><meta charset="iso-2022-jp"></head><body><p>' + body + b"</p></body></html>"
    assert text in declared_as_utf8(declared).decode("utf-8")


@pytest.mark.parametrize(
    "body",
    [
        b"The minister left for Osaka on Friday.\n",  # plain ASCII
        b"Shares fell \x1b(B3% in Tokyo on Monday.\n",  # a switch back to ASCII alone switches nothing
        b"\x1b[1mTalks in Kyoto\x1b[0m ended without a statement.\n",  # a terminal's colours
        b"The fund paid $B2 bn, said the envoy.\n",  # a dollar sign and a B, no escape
        b"Caf\xe9 talks \x1b$B in Nice.\n",  # a byte past ASCII: no ISO-2022-JP, Windows-1252 as before
    ],
    ids=["ascii", "lone-return", "ansi-colours", "dollar-b", "not-7-bit"],
)
def test_text_that_is_not_iso_2022_jp_is_read_as_before(body):
    expected = body.decode("utf-8") if body.isascii() else body.decode("cp1252")
    assert decode_text(body) == expected
