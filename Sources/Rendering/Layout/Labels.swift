import BookModel

/// The few words the renderer writes itself (the contents heading, "Chapter 3" for an untitled
/// chapter), in the book's language where we know it, English otherwise.
struct Labels {
    var contents: String
    var landmarks: String
    var titlePage: String
    var cover: String
    var start: String
    var notes: String
    /// "Chapter %d", "Part %d".
    var chapterNumbered: String
    var partNumbered: String
    var untitled: String
    /// Joins the last two names of a list of authors.
    var and: String
    var kinds: [DivisionKind: String]
    /// How a list of names is joined: "A, B and C", "A、B、C", "A، B وC".
    var nameList = NameList.words

    init(language: String) {
        let subtags = language.split(separator: "-").map { $0.lowercased() }
        let primary = subtags.first ?? "en"
        self = Labels.table[Labels.variant(primary, subtags)] ?? Labels.table[primary] ?? Labels.english
    }

    init(contents: String, landmarks: String, titlePage: String, cover: String, start: String, notes: String,
         chapter: String, part: String, untitled: String, and: String, kinds: [DivisionKind: String]) {
        self.contents = contents
        self.landmarks = landmarks
        self.titlePage = titlePage
        self.cover = cover
        self.start = start
        self.notes = notes
        self.chapterNumbered = chapter
        self.partNumbered = part
        self.untitled = untitled
        self.and = and
        self.kinds = kinds
    }

    /// "Chapter 3", "Part 2".
    func numbered(_ kind: DivisionKind, _ n: Int) -> String {
        let pattern = kind == .part ? partNumbered : chapterNumbered
        return pattern.replacingOccurrences(of: "%d", with: String(n))
    }

    /// Names as a title page shows them: "A", "A and B", "A, B and C".
    func list(_ names: [String]) -> String? {
        guard let last = names.last else { return nil }
        if names.count == 1 { return last }
        return nameList.join(names, and: and)
    }

    /// The name of a kind of division ("Prologue"), used when one has no title.
    func name(of kind: DivisionKind) -> String {
        kinds[kind] ?? Labels.english.kinds[kind] ?? kind.rawValue
    }

    private static let english = Labels(
        contents: "Contents", landmarks: "Landmarks", titlePage: "Title Page", cover: "Cover", start: "Start", notes: "Notes",
        chapter: "Chapter %d", part: "Part %d", untitled: "Untitled", and: "and",
        kinds: [.part: "Part", .chapter: "Chapter", .prologue: "Prologue", .epilogue: "Epilogue",
                .introduction: "Introduction", .preface: "Preface", .foreword: "Foreword", .afterword: "Afterword",
                .appendix: "Appendix", .conclusion: "Conclusion", .dedication: "Dedication", .epigraph: "Epigraph",
                .acknowledgments: "Acknowledgments", .aboutAuthor: "About the Author", .colophon: "Colophon",
                .copyright: "Copyright", .endnotes: "Notes"])

    private static let table: [String: Labels] = Labels.european.merging(Labels.more) { first, _ in first }

    private static let european: [String: Labels] = [
        "en": english,
        "fr": Labels(contents: "Table des matières", landmarks: "Repères", titlePage: "Page de titre", cover: "Couverture", start: "Début",
                     notes: "Notes", chapter: "Chapitre %d", part: "Partie %d", untitled: "Sans titre", and: "et",
                     kinds: [.part: "Partie", .chapter: "Chapitre", .prologue: "Prologue", .epilogue: "Épilogue",
                             .introduction: "Introduction", .preface: "Préface", .foreword: "Avant-propos",
                             .afterword: "Postface", .appendix: "Annexe", .conclusion: "Conclusion",
                             .dedication: "Dédicace", .epigraph: "Épigraphe", .acknowledgments: "Remerciements",
                             .aboutAuthor: "À propos de l’auteur", .colophon: "Colophon", .copyright: "Copyright",
                             .endnotes: "Notes"]),
        "de": Labels(contents: "Inhalt", landmarks: "Orientierungspunkte", titlePage: "Titelseite", cover: "Umschlag", start: "Anfang",
                     notes: "Anmerkungen", chapter: "Kapitel %d", part: "Teil %d", untitled: "Ohne Titel", and: "und",
                     kinds: [.part: "Teil", .chapter: "Kapitel", .prologue: "Prolog", .epilogue: "Epilog",
                             .introduction: "Einleitung", .preface: "Vorwort", .foreword: "Geleitwort",
                             .afterword: "Nachwort", .appendix: "Anhang", .conclusion: "Schluss",
                             .dedication: "Widmung", .epigraph: "Motto", .acknowledgments: "Danksagung",
                             .aboutAuthor: "Über den Autor", .colophon: "Kolophon", .copyright: "Impressum",
                             .endnotes: "Anmerkungen"]),
        "es": Labels(contents: "Índice", landmarks: "Puntos de referencia", titlePage: "Portada", cover: "Cubierta", start: "Inicio",
                     notes: "Notas", chapter: "Capítulo %d", part: "Parte %d", untitled: "Sin título", and: "y",
                     kinds: [.part: "Parte", .chapter: "Capítulo", .prologue: "Prólogo", .epilogue: "Epílogo",
                             .introduction: "Introducción", .preface: "Prefacio", .foreword: "Prólogo",
                             .afterword: "Epílogo", .appendix: "Apéndice", .conclusion: "Conclusión",
                             .dedication: "Dedicatoria", .epigraph: "Epígrafe", .acknowledgments: "Agradecimientos",
                             .aboutAuthor: "Sobre el autor", .colophon: "Colofón", .copyright: "Créditos",
                             .endnotes: "Notas"]),
        "it": Labels(contents: "Indice", landmarks: "Punti di riferimento", titlePage: "Frontespizio", cover: "Copertina", start: "Inizio",
                     notes: "Note", chapter: "Capitolo %d", part: "Parte %d", untitled: "Senza titolo", and: "e",
                     kinds: [.part: "Parte", .chapter: "Capitolo", .prologue: "Prologo", .epilogue: "Epilogo",
                             .introduction: "Introduzione", .preface: "Prefazione", .foreword: "Premessa",
                             .afterword: "Postfazione", .appendix: "Appendice", .conclusion: "Conclusione",
                             .dedication: "Dedica", .epigraph: "Epigrafe", .acknowledgments: "Ringraziamenti",
                             .aboutAuthor: "L’autore", .colophon: "Colophon", .copyright: "Copyright",
                             .endnotes: "Note"]),
        "pt": Labels(contents: "Sumário", landmarks: "Pontos de referência", titlePage: "Folha de rosto", cover: "Capa", start: "Início",
                     notes: "Notas", chapter: "Capítulo %d", part: "Parte %d", untitled: "Sem título", and: "e",
                     kinds: [.part: "Parte", .chapter: "Capítulo", .prologue: "Prólogo", .epilogue: "Epílogo",
                             .introduction: "Introdução", .preface: "Prefácio", .foreword: "Apresentação",
                             .afterword: "Posfácio", .appendix: "Apêndice", .conclusion: "Conclusão",
                             .dedication: "Dedicatória", .epigraph: "Epígrafe", .acknowledgments: "Agradecimentos",
                             .aboutAuthor: "Sobre o autor", .colophon: "Colofão", .copyright: "Créditos",
                             .endnotes: "Notas"]),
        "nl": Labels(contents: "Inhoud", landmarks: "Oriëntatiepunten", titlePage: "Titelpagina", cover: "Omslag", start: "Begin",
                     notes: "Noten", chapter: "Hoofdstuk %d", part: "Deel %d", untitled: "Zonder titel", and: "en",
                     kinds: [.part: "Deel", .chapter: "Hoofdstuk", .prologue: "Proloog", .epilogue: "Epiloog",
                             .introduction: "Inleiding", .preface: "Voorwoord", .foreword: "Woord vooraf",
                             .afterword: "Nawoord", .appendix: "Bijlage", .conclusion: "Conclusie",
                             .dedication: "Opdracht", .epigraph: "Motto", .acknowledgments: "Dankwoord",
                             .aboutAuthor: "Over de auteur", .colophon: "Colofon", .copyright: "Colofon",
                             .endnotes: "Noten"]),
    ]
}
