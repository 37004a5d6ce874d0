import Foundation
import Testing
@testable import ChatSearchCore

/// WhatsApp as the world writes it: each fixture is one locale's export, with its system lines and media
/// placeholders, which are not messages.
@Suite struct WhatsAppLocaleTests {
    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var speakers: [String]
        var texts: [String]
        var firstTime: String
        var description: String { file }
    }

    static let cases: [Expected] = [
        Expected(file: "de-android.txt", speakers: ["Anna", "Jonas", "Jonas"],
                 texts: ["Hallo zusammen, die Beete sind verteilt", "Unser Beet Nummer 4", "Gießen wir morgen früh?"],
                 firstTime: "13.06.18, 21:25"),
        Expected(file: "es-android.txt", speakers: ["Lucía", "Pablo"],
                 texts: ["¿Quién trae las semillas de tomate?", "Yo las traigo el sábado"], firstTime: "13/6/18, 21:25"),
        Expected(file: "fr-ios.txt", speakers: ["Claire", "Hugo"],
                 texts: ["On se retrouve au jardin à 18 h ?", "Oui, j'apporte l'arrosoir"], firstTime: "13/06/2018, 21:25:15"),
        Expected(file: "en-us-android-12h.txt", speakers: ["Mike Chen", "Mike Chen"],
                 texts: ["Anyone got a spare hose connector?", "Thanks, picked it up"], firstTime: "6/13/18, 9:25 PM"),
        Expected(file: "fi-android-klo.txt", speakers: ["Aino", "Eero"],
                 texts: ["Moi, kastelin tomaatit", "Kiitos!\nHuomenna minun vuoroni."], firstTime: "13.6.2018, 21.25.15"),
        Expected(file: "nb-colon.txt", speakers: ["Ola", "Kari"],
                 texts: ["Hei, potetene er satt", "Flott, jeg tar ugresset"], firstTime: "13.06.18, 21.25.15"),
        Expected(file: "pt-br-android.txt", speakers: ["João", "Maria"],
                 texts: ["Oi, a horta precisa de adubo", "Compro amanhã"], firstTime: "13/06/2018, 21:25"),
        Expected(file: "ru-android.txt", speakers: ["Иван", "Ольга"],
                 texts: ["Привет, полил грядки", "Спасибо!"], firstTime: "13.06.2018, 21:25"),
        Expected(file: "tr-android.txt", speakers: ["Ayşe", "Mehmet"],
                 texts: ["Merhaba, domatesler olgunlaştı", "Harika"], firstTime: "13.06.2018, 21:25"),
        Expected(file: "it-ios.txt", speakers: ["Giulia", "Marco"],
                 texts: ["Ciao, chi annaffia domenica?", "Io!"], firstTime: "13/06/18, 21:25:15"),
        Expected(file: "nl-android.txt", speakers: ["Sanne", "Daan"], texts: ["Hoi, de kas is open", "Top"],
                 firstTime: "13-06-18, 21:25"),
        Expected(file: "ja-android.txt", speakers: ["花子", "太郎"], texts: ["こんにちは、トマトが赤くなりました", "いいですね"],
                 firstTime: "2018/06/13, 21:25"),
    ]

    @Test(arguments: cases)
    func eachLocaleLoadsExactly(_ expected: Expected) throws {
        let path = formatsFixture("whatsapp/" + expected.file)
        #expect(ConversationLoader.detect(path: path, data: try Data(contentsOf: URL(fileURLWithPath: path))) == .whatsapp)
        let result = ConversationLoader.load(paths: [path])
        #expect(result.problems.isEmpty, "\(result.problems)")
        let c = try #require(result.conversations.first)
        #expect(c.speakers == expected.speakers)
        #expect(c.texts == expected.texts)
        #expect(c.turns.first?.time == expected.firstTime)
    }

    @Test func detectionLooksPastTheFirstLine() throws {
        let path = formatsFixture("whatsapp/late-first-header.txt")
        #expect(ConversationLoader.detect(path: path, data: try Data(contentsOf: URL(fileURLWithPath: path))) == .whatsapp)
        let result = ConversationLoader.load(paths: [path])
        #expect(result.conversations.first?.texts == ["Did you book the table?", "Yes, 8pm at Rosa's"])
        #expect(result.problems.map(\.line) == [1])  // the text before the first dated line is reported
    }

    @Test func attachmentLinesAndPlaceholders() {
        #expect(WhatsAppFormat.isAttachmentLine("IMG-20241201-WA0001.jpg (file attached)"))
        #expect(WhatsAppFormat.isAttachmentLine("Rechnung März.pdf (Datei angehängt)") == false)  // a space in the name
        #expect(WhatsAppFormat.isAttachmentLine("PTT-20240101-WA0002.opus (archivo adjunto)"))
        #expect(!WhatsAppFormat.isAttachmentLine("see notes.txt (the long one, from yesterday's meeting please)"))
    }
}
