/// WhatsApp's "Export chat" text, both styles:
///
///     [12/03/2024, 19:45:12] Alice: text      (iOS)
///     12/03/2024, 19:45 - Alice: text         (Android)
///
///     13.6.2018 klo 21.25.15 - Alice: text   (Finnish)
///     13.06.18 21.25.15: Alice: text          (older Nordic exports)
///
/// with 2- or 4-digit years, `/`, `.` or `-` in dates, 24-hour or AM/PM times. One conversation per file
/// (id = file name without extension, title = file name; for the `_chat.txt` of an iOS zip, the zip's
/// name), turn ids "1", "2", ... in order. A file is
/// WhatsApp when one of its first ten non-blank lines has such a header.
///
/// - time = date and time as written (`12/03/2024, 19:45:12`); session = the date, so each day is a session.
/// - Lines without a date prefix continue the message above (joined with newlines).
/// - Skipped: system lines (a dated line with no `Name: ` part, such as "Alice added Bob", or whose "name"
///   holds quotation marks or a system phrase such as "hat die Gruppe", which a group name with a colon
///   produces), iOS notices whose text starts with an invisible U+200E mark, media placeholders in the
///   languages in `placeholders` ("<Media omitted>", "<Medien ausgelassen>", "image omitted",
///   "Bild weggelassen", "<attached: ...>" and its translations), and deleted messages. An attachment line
///   (`IMG-20241201-WA0001.jpg (file attached)`, in any language) is removed and its caption, if any, kept.
///   A trailing "<This message was edited>" is removed.
/// - Invisible direction marks are removed from names and text; narrow no-break spaces become spaces.
/// - Non-blank text before the first dated line is reported and ignored.
enum WhatsAppFormat {
    struct Header {
        var date: String
        var time: String
        /// The rest of the line after the date and time, with its marks still in place.
        var rest: Substring
    }

    /// Parses the date-and-time prefix of a line (after leading invisible marks).
    struct HeaderParser {
        private let iOS = /^\[(\d{1,4}[.\/-]\d{1,2}[.\/-]\d{1,4}),?\s+(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?)\]\s?(.*)$/
        private let android = /^(\d{1,4}[.\/-]\d{1,2}[.\/-]\d{1,4}),?\s+(?:klo\s+)?(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?)\s+[-–]\s(.*)$/
        private let colon = /^(\d{1,2}\.\d{1,2}\.\d{2,4}),?\s+(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?):\s(.*)$/

        func header(_ line: Substring) -> Header? {
            let line = line.drop { WhatsAppFormat.isInvisibleMark($0) }
            guard let first = line.first, first == "[" || first.isNumber else { return nil }
            if let m = line.wholeMatch(of: iOS) ?? line.wholeMatch(of: android) ?? line.wholeMatch(of: colon) {
                return Header(date: String(m.1), time: WhatsAppFormat.clean(m.2), rest: m.3)
            }
            return nil
        }
    }

    static func parse(_ input: FormatInput) -> FormatOutput {
        let parser = HeaderParser()
        var output = FormatOutput()
        var turns: [Turn] = []
        var current: (header: Header, speaker: String, lines: [Substring])?
        var seenHeader = false
        var strayLine: Int?

        func flush() {
            guard let message = current else { return }
            current = nil
            var text = joinTurnLines(message.lines.filter { !isAttachmentLine($0) })
            if text.hasSuffix("<This message was edited>") {
                text = String(text.dropLast("<This message was edited>".count).trimmed)
            }
            guard text.hasContent, !isPlaceholder(text) else { return }
            turns.append(Turn(id: String(turns.count + 1), speaker: message.speaker,
                              time: "\(message.header.date), \(message.header.time)", text: text,
                              session: message.header.date))
        }

        for (i, line) in input.lines.enumerated() {
            if let header = parser.header(line) {
                flush()
                seenHeader = true
                guard let colon = header.rest.firstRange(of: ": ") ?? header.rest.firstRange(of: /:$/)
                else { continue }  // system line: no "Name: "
                let speaker = clean(header.rest[..<colon.lowerBound])
                let body = header.rest[colon.upperBound...]
                guard isName(speaker), body.first != "\u{200E}" else { continue }
                current = (header, speaker, [Substring(clean(body))])
            } else if current != nil {
                current?.lines.append(Substring(clean(line)))
            } else if !seenHeader, strayLine == nil, !line.trimmed.isEmpty, !line.allSatisfy(isInvisibleMark) {
                strayLine = i + 1
            }
        }
        flush()
        if let strayLine {
            output.problems.append(input.problem(strayLine, "text before the first dated message; ignored"))
        }
        // iOS zips its export as "WhatsApp Chat - Name.zip" holding `_chat.txt`: the archive names the chat.
        let archive = SourceFile.folder(input.path)
        let named = input.fileName == "_chat.txt" && SourceFile.fileExtension(archive) == "zip"
            ? FormatInput(path: archive, text: "") : input
        output.conversations.append(
            Conversation(id: named.baseName, title: named.fileName, turns: turns, source: input.path))
        return output
    }

    private static func isName(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= 60, !name.contains(where: { "\"“”„«»‹›「」『』".contains($0) }) else { return false }
        let lower = name.lowercased()
        return !systemPhrases.contains { lower.contains($0) }
    }

    /// Parts of system notices (group created, subject changed, ...) that never occur in a contact's name.
    static let systemPhrases = [
        "created group", "created this group", "changed the subject", "changed the group", "changed this group",
        "hat die gruppe", "hat den betreff", "hat das gruppenbild", "hat dich hinzugefügt",
        "creó el grupo", "cambió el asunto", "a créé le groupe", "a modifié le sujet", "a changé le sujet",
        "criou o grupo", "mudou o assunto", "alterou o assunto", "ha creato il gruppo", "ha cambiato l'oggetto",
        "heeft de groep", "heeft het onderwerp", "создал(а) группу", "создал группу", "изменил(а) тему",
        "grubunu oluşturdu", "konuyu değiştirdi", "loi ryhmän", "muutti aiheen", "skapade gruppen",
        "opprettet gruppen", "oprettede gruppen", "utworzył(a) grupę",
    ]

    /// Media placeholders WhatsApp writes instead of a message, lowercased, by language (Android writes them
    /// in angle brackets, some locales in ‹ ›; the brackets are ignored when comparing).
    static let placeholders: Set<String> = [
        "media omitted", "medien ausgelassen", "multimedia omitido", "archivo omitido", "médias omis",
        "fichier omis", "mídia oculta", "arquivo de mídia oculto", "mídia omitida", "multimédia omitido",
        "media omessi", "media weggelaten", "без медиафайлов", "медиафайл пропущен", "medya dahil edilmedi",
        "medya atlandı", "تم استبعاد الوسائط", "الوسائط محذوفة", "メディアは含まれていません", "メディアなし",
        "media tidak disertakan", "pominięto multimedia", "media utelämnad", "media utelatt", "medier udeladt",
        "media jätetty pois", "省略影音内容", "媒体文件已省略", "미디어 파일 생략됨", "मीडिया के बिना",
        "this message was deleted", "you deleted this message", "null", "diese nachricht wurde gelöscht.",
        "du hast diese nachricht gelöscht.", "se eliminó este mensaje.", "eliminaste este mensaje.",
        "ce message a été supprimé", "vous avez supprimé ce message", "esta mensagem foi apagada",
        "você apagou esta mensagem", "questo messaggio è stato eliminato", "hai eliminato questo messaggio",
        "dit bericht is verwijderd", "je hebt dit bericht verwijderd", "данное сообщение удалено",
        "вы удалили данное сообщение", "bu mesaj silindi", "bu mesajı sildiniz", "tämä viesti poistettiin",
    ]

    /// iOS writes "image omitted", "Bild weggelassen", "imagen omitida": one of these media words (or
    /// "contact card") and one of the `omittedWords`.
    static let mediaWords: Set<String> = [
        "image", "video", "audio", "sticker", "gif", "document", "card", "bild", "dokument", "imagen", "vídeo",
        "documento", "tarjeta", "image", "vidéo", "carte", "imagem", "cartão", "immagine", "scheda",
        "afbeelding", "kaart", "изображение", "видео", "аудио", "стикер", "документ", "görüntü", "ses",
        "çıkartma", "belge", "kuva", "bilde", "billede", "ljud", "lyd", "ääni",
    ]

    static let omittedWords: Set<String> = [
        "omitted", "weggelassen", "omitido", "omitida", "omis", "omise", "absente", "ocultado", "ocultada",
        "omesso", "omessa", "weggelaten", "отсутствует", "пропущено", "edilmedi", "utelämnad", "utelatt",
        "udeladt", "pois",
    ]

    private static func isPlaceholder(_ text: String) -> Bool {
        var t = text.lowercased()
        if (t.hasPrefix("<") && t.hasSuffix(">")) || (t.hasPrefix("‹") && t.hasSuffix("›")) {
            // iOS: "<attached: 00000012-PHOTO-2024-03-12-19-47-00.jpg>", "<Anhang: ...>", in any language.
            if t.hasPrefix("<attached:") || t.contains(/\d{8}-[a-z]+-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.[a-z0-9]+>$/) { return true }
            t = String(t.dropFirst().dropLast())
        }
        if placeholders.contains(t) { return true }
        let words = t.split(whereSeparator: \.isWhitespace)
        guard !t.contains("\n"), (2...4).contains(words.count), let last = words.last else { return false }
        return omittedWords.contains(String(last)) && words.dropLast().contains { mediaWords.contains(String($0)) }
    }

    /// `IMG-20241201-WA0001.jpg (file attached)`, `Dokument.pdf (Datei angehängt)`: a file name and a short
    /// remark in parentheses.
    static func isAttachmentLine<S: StringProtocol>(_ line: S) -> Bool {
        Substring(line).trimmed.wholeMatch(of: /[^\s\/()]+\.[A-Za-z0-9]{2,5} \([^()]{3,40}\)/) != nil
    }

    static func isInvisibleMark(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { s in
            s == "\u{200E}" || s == "\u{200F}" || s == "\u{FEFF}" || ("\u{202A}"..."\u{202E}").contains(s)
                || ("\u{2066}"..."\u{2069}").contains(s)
        }
    }

    /// Removes direction marks; narrow and no-break spaces become plain spaces.
    static func clean<S: StringProtocol>(_ s: S) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\u{200E}", "\u{200F}", "\u{FEFF}", "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}": continue
            case "\u{202F}", "\u{00A0}": out.unicodeScalars.append(" ")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return String(out.trimmed)
    }
}
