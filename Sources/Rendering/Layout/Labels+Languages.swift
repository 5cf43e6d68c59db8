import BookModel

/// The interface words in Arabic, Hebrew, Japanese, Chinese (simplified and traditional),
/// Russian, Polish and Swedish: books in these languages should not show "Contents" or
/// "Chapter 3" in English.
extension Labels {
    /// How names are joined in a list (title page, cover byline).
    enum NameList {
        /// "A, B and C": a comma between names, the word (`and`) before the last.
        case words
        /// "A、B、C": one mark between all names, as Japanese and Chinese list authors.
        case mark(String)
        /// "A، B وC": a comma between names; the conjunction is a letter written onto the last
        /// name when it is in the language's script, and with `foreign` after it otherwise
        /// (Hebrew writes ו-Smith).
        case prefix(comma: String, foreign: String, script: ClosedRange<UInt32>)

        func join(_ names: [String], and: String) -> String {
            guard let last = names.last else { return "" }
            let head = names.dropLast()
            switch self {
            case .words:
                return head.joined(separator: ", ") + " \(and) " + last
            case .mark(let mark):
                return names.joined(separator: mark)
            case .prefix(let comma, let foreign, let script):
                let native = last.unicodeScalars.first.map { script.contains($0.value) } ?? false
                return head.joined(separator: comma) + " " + and + (native ? "" : foreign) + last
            }
        }
    }

    /// `zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` → the traditional-character table.
    static func variant(_ primary: String, _ subtags: [String]) -> String {
        guard primary == "zh" else { return primary }
        if subtags.contains("hans") { return "zh" }
        return subtags.contains(where: { ["hant", "tw", "hk", "mo"].contains($0) }) ? "zh-hant" : "zh"
    }

    static let more: [String: Labels] = [
        "sv": Labels(contents: "Innehåll", landmarks: "Landmärken", titlePage: "Titelsida", cover: "Omslag", start: "Början",
                     notes: "Noter", chapter: "Kapitel %d", part: "Del %d", untitled: "Utan titel", and: "och",
                     kinds: [.part: "Del", .chapter: "Kapitel", .prologue: "Prolog", .epilogue: "Epilog",
                             .introduction: "Inledning", .preface: "Förord", .foreword: "Förord",
                             .afterword: "Efterord", .appendix: "Bilaga", .conclusion: "Avslutning",
                             .dedication: "Dedikation", .epigraph: "Motto", .acknowledgments: "Tack",
                             .aboutAuthor: "Om författaren", .colophon: "Kolofon", .copyright: "Upphovsrätt",
                             .endnotes: "Noter"]),
        "pl": Labels(contents: "Spis treści", landmarks: "Punkty orientacyjne", titlePage: "Strona tytułowa", cover: "Okładka",
                     start: "Początek", notes: "Przypisy", chapter: "Rozdział %d", part: "Część %d", untitled: "Bez tytułu",
                     and: "i",
                     kinds: [.part: "Część", .chapter: "Rozdział", .prologue: "Prolog", .epilogue: "Epilog",
                             .introduction: "Wstęp", .preface: "Przedmowa", .foreword: "Słowo wstępne",
                             .afterword: "Posłowie", .appendix: "Aneks", .conclusion: "Zakończenie",
                             .dedication: "Dedykacja", .epigraph: "Motto", .acknowledgments: "Podziękowania",
                             .aboutAuthor: "O autorze", .colophon: "Stopka redakcyjna", .copyright: "Prawa autorskie",
                             .endnotes: "Przypisy"]),
        "ru": Labels(contents: "Содержание", landmarks: "Ориентиры", titlePage: "Титульный лист", cover: "Обложка",
                     start: "Начало", notes: "Примечания", chapter: "Глава %d", part: "Часть %d", untitled: "Без названия",
                     and: "и",
                     kinds: [.part: "Часть", .chapter: "Глава", .prologue: "Пролог", .epilogue: "Эпилог",
                             .introduction: "Введение", .preface: "Предисловие", .foreword: "Вступительное слово",
                             .afterword: "Послесловие", .appendix: "Приложение", .conclusion: "Заключение",
                             .dedication: "Посвящение", .epigraph: "Эпиграф", .acknowledgments: "Благодарности",
                             .aboutAuthor: "Об авторе", .colophon: "Выходные данные", .copyright: "Авторские права",
                             .endnotes: "Примечания"]),
        "ja": {
            var labels = Labels(contents: "目次", landmarks: "ランドマーク", titlePage: "扉", cover: "表紙", start: "本文",
                                notes: "注", chapter: "第%d章", part: "第%d部", untitled: "無題", and: "と",
                                kinds: [.part: "部", .chapter: "章", .prologue: "プロローグ", .epilogue: "エピローグ",
                                        .introduction: "はじめに", .preface: "まえがき", .foreword: "序文",
                                        .afterword: "あとがき", .appendix: "付録", .conclusion: "おわりに",
                                        .dedication: "献辞", .epigraph: "エピグラフ", .acknowledgments: "謝辞",
                                        .aboutAuthor: "著者について", .colophon: "奥付", .copyright: "著作権",
                                        .endnotes: "注"])
            labels.nameList = .mark("、")
            return labels
        }(),
        "zh": {
            var labels = Labels(contents: "目录", landmarks: "地标", titlePage: "扉页", cover: "封面", start: "正文",
                                notes: "注释", chapter: "第%d章", part: "第%d部", untitled: "无标题", and: "和",
                                kinds: [.part: "部", .chapter: "章", .prologue: "序章", .epilogue: "尾声",
                                        .introduction: "引言", .preface: "前言", .foreword: "序",
                                        .afterword: "后记", .appendix: "附录", .conclusion: "结语",
                                        .dedication: "献词", .epigraph: "题记", .acknowledgments: "致谢",
                                        .aboutAuthor: "关于作者", .colophon: "版权页", .copyright: "版权",
                                        .endnotes: "注释"])
            labels.nameList = .mark("、")
            return labels
        }(),
        "zh-hant": {
            var labels = Labels(contents: "目錄", landmarks: "地標", titlePage: "扉頁", cover: "封面", start: "正文",
                                notes: "註釋", chapter: "第%d章", part: "第%d部", untitled: "無標題", and: "和",
                                kinds: [.part: "部", .chapter: "章", .prologue: "序章", .epilogue: "尾聲",
                                        .introduction: "引言", .preface: "前言", .foreword: "序",
                                        .afterword: "後記", .appendix: "附錄", .conclusion: "結語",
                                        .dedication: "獻詞", .epigraph: "題記", .acknowledgments: "致謝",
                                        .aboutAuthor: "關於作者", .colophon: "版權頁", .copyright: "版權",
                                        .endnotes: "註釋"])
            labels.nameList = .mark("、")
            return labels
        }(),
        // Epigraph and colophon have no Arabic word we are sure readers expect: they fall
        // back to English in the rare book that leaves those divisions untitled.
        "ar": {
            var labels = Labels(contents: "المحتويات", landmarks: "المعالم", titlePage: "صفحة العنوان", cover: "الغلاف",
                                start: "البداية", notes: "الهوامش", chapter: "الفصل %d", part: "الجزء %d",
                                untitled: "بدون عنوان", and: "و",
                                kinds: [.part: "الجزء", .chapter: "الفصل", .prologue: "تمهيد", .epilogue: "خاتمة",
                                        .introduction: "مقدمة", .preface: "تقديم", .foreword: "تصدير",
                                        .afterword: "كلمة ختامية", .appendix: "ملحق", .conclusion: "خاتمة",
                                        .dedication: "إهداء", .acknowledgments: "شكر وتقدير",
                                        .aboutAuthor: "عن المؤلف", .copyright: "حقوق النشر", .endnotes: "الهوامش"])
            labels.nameList = .prefix(comma: "، ", foreign: " ", script: 0x0600...0x06FF)
            return labels
        }(),
        "he": {
            var labels = Labels(contents: "תוכן העניינים", landmarks: "ציוני דרך", titlePage: "עמוד השער", cover: "כריכה",
                                start: "התחלה", notes: "הערות", chapter: "פרק %d", part: "חלק %d", untitled: "ללא כותרת",
                                and: "ו",
                                kinds: [.part: "חלק", .chapter: "פרק", .prologue: "פרולוג", .epilogue: "אפילוג",
                                        .introduction: "מבוא", .preface: "הקדמה", .foreword: "פתח דבר",
                                        .afterword: "אחרית דבר", .appendix: "נספח", .conclusion: "סיכום",
                                        .dedication: "הקדשה", .epigraph: "מוטו", .acknowledgments: "תודות",
                                        .aboutAuthor: "על המחבר", .colophon: "קולופון", .copyright: "זכויות יוצרים",
                                        .endnotes: "הערות"])
            labels.nameList = .prefix(comma: ", ", foreign: "-", script: 0x0590...0x05FF)
            return labels
        }(),
    ]
}
