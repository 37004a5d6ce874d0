#!/usr/bin/env python3
"""Writes SampleData/app-exports/: one small chat in the export format of each app ChatSearch reads
beyond its own formats (Claude, Telegram, Discord, Messenger, Slack, WebVTT, SRT, Otter.ai, WhisperX).

Every line was written for ChatSearch; all people and places are invented. The output is deterministic
(no randomness; zip entries carry a fixed date). Run from anywhere: python3 scripts/make_sample_exports.py
"""
import json
import os
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "SampleData", "app-exports")


def write(relative, text):
    path = os.path.join(ROOT, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def scene(text):
    """'Name: line' rows of a hand-written scene."""
    rows = []
    for raw in text.strip().split("\n"):
        name, line = raw.split(": ", 1)
        rows.append((name.strip(), line.strip()))
    return rows


# --- Claude: a conversation about a leaking radiator valve, in a zip as claude.ai sends it --------------

CLAUDE = scene("""
human: The radiator in our back bedroom drips from the valve on the left, maybe a drop a minute. Is that urgent?
assistant: A drop a minute is not an emergency, but fix it soon: it can stain the floor and rot the boards. Most drips come from the gland nut just under the valve head. Put a towel down and try a quarter turn clockwise on that nut with a spanner.
human: I tightened it a quarter turn and it still drips, slower now.
assistant: Then the packing inside the gland is worn. You can wrap PTFE tape around the spindle under the nut without draining the system: turn the valve off, undo the gland nut, wind five or six turns of tape, and tighten again.
human: The valve is a Pegler thermostatic one, does that change anything?
assistant: Yes: on a thermostatic valve the drip usually comes from the union nut where the valve meets the pipe, not the head. Check with a dry tissue which joint is wet first. A union that weeps often just needs a half turn, holding the valve body still with a second spanner.
human: It was the union. Half a turn and the tissue stays dry. Thanks!
assistant: Good. Check it again tomorrow morning once the heating has been on, since joints can weep only when they are hot.
""")


def claude_export():
    messages = []
    for i, (sender, text) in enumerate(CLAUDE):
        stamp = "2024-06-02T19:%02d:%02d.000000Z" % (10 + i * 2, (i * 17) % 60)
        content = [{"start_timestamp": stamp, "stop_timestamp": stamp, "type": "text", "text": text, "citations": []}]
        if sender == "assistant" and i == 3:
            content.insert(0, {"type": "tool_use", "name": "web_search", "input": {"query": "radiator gland nut PTFE tape"}})
        messages.append({"uuid": "c1a0de00-0000-4000-8000-%012d" % (i + 1), "text": text, "content": content,
                         "sender": sender, "created_at": stamp, "updated_at": stamp, "attachments": [], "files": []})
    conversations = [{"uuid": "c1a0de00-0000-4000-8000-000000000000", "name": "Dripping radiator valve",
                      "created_at": "2024-06-02T19:10:00.000000Z", "updated_at": "2024-06-02T19:30:00.000000Z",
                      "account": {"uuid": "acc-sample"}, "chat_messages": messages}]
    path = os.path.join(ROOT, "claude-data-2024-06-02.zip")
    os.makedirs(ROOT, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("conversations.json", json.dumps(conversations, ensure_ascii=False, indent=2) + "\n"),
                           ("users.json", json.dumps([{"uuid": "acc-sample", "full_name": "Sample User"}]) + "\n"),
                           ("projects.json", "[]\n")]:
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 2, 20, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    return len(CLAUDE)


# --- Telegram: a climbing group's chat -------------------------------------------------------------------

TELEGRAM = scene("""
Ines Duarte: Wall on Thursday? The new overhang routes at Boulderhalle Nord open this week.
Kofi Mensah: I'm in. 18:30 after work?
Ines Duarte: 18:30 works. Bring your own chalk, theirs is the cheap dusty stuff.
Lena Vogt: I can only come at 19:15, my shift ends late.
Kofi Mensah: No problem, we'll warm up on the slab wall.
Lena Vogt: Does anyone have a spare pair of shoes in 39? Mine split at the toe.
Ines Duarte: I have my old La Sportiva in 39.5, I'll bring them.
Kofi Mensah: Day pass is 14 euros now, or 120 for a ten-visit card.
Lena Vogt: Ten-visit card then, we'll go often enough.
""")


def telegram_export():
    ids = {"Ines Duarte": "user7000101", "Kofi Mensah": "user7000102", "Lena Vogt": "user7000103"}
    base = 1715100000  # 2024-05-07T16:40:00Z
    messages = [{"id": 500, "type": "service", "date": "2024-05-07T18:35:00", "date_unixtime": str(base - 300),
                 "actor": "Ines Duarte", "actor_id": ids["Ines Duarte"], "action": "invite_members",
                 "members": ["Lena Vogt"], "text": "", "text_entities": []}]
    for i, (name, text) in enumerate(TELEGRAM):
        t = base + i * 240
        msg = {"id": 501 + i, "type": "message", "date": "2024-05-07T%02d:%02d:00" % (18 + (40 + i * 4) // 60, (40 + i * 4) % 60),
               "date_unixtime": str(t), "from": name, "from_id": ids[name]}
        if "La Sportiva" in text:
            msg["text"] = ["I have my old ", {"type": "bold", "text": "La Sportiva"}, " in 39.5, I'll bring them."]
            msg["text_entities"] = [{"type": "plain", "text": "I have my old "}, {"type": "bold", "text": "La Sportiva"},
                                    {"type": "plain", "text": " in 39.5, I'll bring them."}]
        else:
            msg["text"] = text
            msg["text_entities"] = [{"type": "plain", "text": text}]
        messages.append(msg)
        if i == 5:
            messages.append({"id": 600, "type": "message", "date": msg["date"], "date_unixtime": str(t + 30),
                             "from": name, "from_id": ids[name], "photo": "photos/photo_1@07-05-2024.jpg",
                             "width": 960, "height": 1280, "text": "", "text_entities": []})
    chat = {"name": "Thursday climbers", "type": "private_group", "id": 4100552211, "messages": messages}
    write("telegram-ChatExport_2024-05-08/result.json", json.dumps(chat, ensure_ascii=False, indent=1) + "\n")
    return len(TELEGRAM)


# --- Discord: a board game group's channel ------------------------------------------------------------------

DISCORD = scene("""
mira: Next game night is Saturday at mine, 7pm. Who's in?
Dan the Meeple: Me! Can we finally finish the Gloomhaven scenario we abandoned?
mira: Only if someone remembers where we left the monster standees.
Teo: They're in the blue box under my bed, I'll bring them.
Dan the Meeple: I'll bring snacks. Anyone allergic to peanuts?
Teo: No allergies here, but no more wasabi peas please.
mira: Parking is free on the street after 6.
Teo: Running late, there in 20 minutes.
""")


def discord_export():
    authors = {"mira": ("110000000000000001", "mira", None), "Dan the Meeple": ("110000000000000002", "dan.k", "Dan the Meeple"),
               "Teo": ("110000000000000003", "teodor", "Teo")}
    messages = []
    for i, (shown, text) in enumerate(DISCORD):
        aid, name, nick = authors[shown]
        day = "2024-04-1%d" % (0 if i < 7 else 3)
        messages.append({"id": "120000000000000%03d" % (i + 1), "type": "Reply" if i == 2 else "Default",
                         "timestamp": "%sT%02d:%02d:00.000+00:00" % (day, 17 if i < 7 else 19, 5 + i * 3),
                         "timestampEdited": None, "callEndedTimestamp": None, "isPinned": i == 0, "content": text,
                         "author": {"id": aid, "name": name, "discriminator": "0000", "nickname": nick, "color": None,
                                    "isBot": False, "avatarUrl": "https://cdn.example.com/avatars/%s.png" % aid},
                         "attachments": [], "embeds": [], "stickers": [], "reactions": [], "mentions": []})
        if i == 0:
            messages.append({"id": "120000000000000900", "type": "ChannelPinnedMessage",
                             "timestamp": "2024-04-10T17:06:00.000+00:00", "timestampEdited": None,
                             "callEndedTimestamp": None, "isPinned": False, "content": "Pinned a message.",
                             "author": {"id": aid, "name": name, "discriminator": "0000", "nickname": nick, "isBot": False},
                             "attachments": [], "embeds": [], "stickers": [], "reactions": [], "mentions": []})
    export = {"guild": {"id": "100000000000000001", "name": "Meeple Mondays", "iconUrl": "https://cdn.example.com/g.png"},
              "channel": {"id": "100000000000000100", "type": "GuildTextChat", "categoryId": None, "category": None,
                          "name": "game-night", "topic": None},
              "dateRange": {"after": None, "before": None}, "exportedAt": "2024-04-14T09:00:00.000+00:00",
              "messages": messages, "messageCount": len(messages)}
    write("Meeple Mondays - game-night [100000000000000100].json", json.dumps(export, ensure_ascii=False, indent=2) + "\n")
    return len(DISCORD)


# --- Messenger: two cousins plan a surprise; Meta's mojibake, split over two files --------------------------

MESSENGER = scene("""
Zoë Laurent: Mamie turns 90 on 14 July. Surprise lunch at the crêperie in Dinan?
Rémi Laurent: Yes! Crêperie Ker Ysa does a set menu for groups, 24 € a head.
Zoë Laurent: Book for 16 people, her whole bridge club is coming 😄
Rémi Laurent: Booked for 12:30. They'll bake a far breton for dessert.
Zoë Laurent: Who keeps her busy until noon?
Rémi Laurent: Tante Hélène takes her to the market, then "happens" to walk past.
Zoë Laurent: Perfect. I'll order the flowers: peonies, her favourite.
Rémi Laurent: Don't tell Papa, he can't keep a secret.
""")


def meta_escape(s):
    # Meta's writing: every UTF-8 byte of non-ASCII text as its own \u00XX escape.
    out = []
    for ch in s:
        if ord(ch) < 0x80:
            out.append(json.dumps(ch)[1:-1])
        else:
            out.extend("\\u00%02x" % b for b in ch.encode("utf-8"))
    return '"' + "".join(out) + '"'


def messenger_export():
    start = 1717340400000  # 2024-06-02T15:00:00Z
    rows = []
    for i, (name, text) in enumerate(MESSENGER):
        rows.append((name, start + i * 95_000, text))
    rows.insert(4, ("Rémi Laurent", start + 3 * 95_000 + 20_000, None))  # a photo without text
    folder = "messenger/your_facebook_activity/messages/inbox/remilaurent_1048213377"

    def thread(part):
        lines = []
        for name, ms, text in reversed(part):  # newest first, as Meta writes them
            fields = ['"sender_name": ' + meta_escape(name), '"timestamp_ms": %d' % ms]
            if text is None:
                fields.append('"photos": [{"uri": "your_facebook_activity/messages/inbox/remilaurent_1048213377/photos/1.jpg", "creation_timestamp": %d}]' % (ms // 1000))
            else:
                fields.append('"content": ' + meta_escape(text))
            fields.append('"is_geoblocked_for_viewer": false')
            lines.append("    {\n      " + ",\n      ".join(fields) + "\n    }")
        return ('{\n  "participants": [\n    {"name": ' + meta_escape("Zoë Laurent") + '},\n    {"name": ' + meta_escape("Rémi Laurent")
                + '}\n  ],\n  "messages": [\n' + ",\n".join(lines) + '\n  ],\n  "title": ' + meta_escape("Rémi Laurent")
                + ',\n  "is_still_participant": true,\n  "thread_path": "inbox/remilaurent_1048213377",\n  "magic_words": []\n}\n')

    # message_1.json holds the newest messages.
    write(folder + "/message_2.json", thread(rows[:5]))
    write(folder + "/message_1.json", thread(rows[5:]))
    return len(MESSENGER)


# --- Slack: an office move, two channels' worth of one workspace ------------------------------------------

SLACK_USERS = [("U0AMARA", "amara", "Amara Obi", "Amara"), ("U0JONAS", "jonas.b", "Jonas Berg", "jonas"),
               ("U0PRIYA", "priya", "", "Priya S")]
SLACK_DAYS = {
    "office-move/2024-05-13.json": scene("""
U0AMARA: Movers come Friday at 8. Label every box with your desk number from the floor plan: <https://example.com/floorplan|floor plan v3>
U0JONAS: Do monitors go in boxes or do the movers wrap them?
U0AMARA: Movers wrap monitors and chairs. Boxes are for your own things only, max two each.
U0PRIYA: <@U0AMARA> can the plants come? The big monstera by the window is mine.
"""),
    "office-move/2024-05-14.json": scene("""
U0AMARA: Yes <@U0PRIYA>, plants go in the van last. New wifi password is on the kitchen whiteboard &amp; in 1Password.
U0JONAS: Parking at the new place: permits from reception, 35 a month.
U0AMARA: Reminder <!here>: the old office keys go back to me by Thursday.
"""),
    "random/2024-05-14.json": scene("""
U0PRIYA: Farewell drinks for the old office, Thursday 5:30 at The Lamplighter?
U0JONAS: I'll be there, first round on me.
"""),
}


def slack_export():
    root = "slack-export"
    users = [{"id": uid, "team_id": "T0SAMPLE", "name": name, "deleted": False, "real_name": real,
              "profile": {"real_name": real, "display_name": display}} for uid, name, real, display in SLACK_USERS]
    write(root + "/users.json", json.dumps(users, indent=4) + "\n")
    channels = [{"id": "C0MOVE", "name": "office-move", "created": 1715000000, "creator": "U0AMARA", "is_archived": False,
                 "is_general": False, "members": [u[0] for u in SLACK_USERS]},
                {"id": "C0RAND", "name": "random", "created": 1715000001, "creator": "U0AMARA", "is_archived": False,
                 "is_general": True, "members": [u[0] for u in SLACK_USERS]}]
    write(root + "/channels.json", json.dumps(channels, indent=4) + "\n")
    profiles = {uid: {"real_name": real, "display_name": display, "name": name} for uid, name, real, display in SLACK_USERS}
    count = 0
    for relative, rows in SLACK_DAYS.items():
        day = relative.split("/")[1][:-5]
        base = {"2024-05-13": 1715590800, "2024-05-14": 1715677200}[day]
        messages = []
        if relative == "office-move/2024-05-13.json":
            messages.append({"type": "message", "subtype": "channel_join", "ts": "%d.000100" % (base - 60),
                             "user": "U0PRIYA", "text": "<@U0PRIYA> has joined the channel"})
        for i, (uid, text) in enumerate(rows):
            message = {"type": "message", "text": text, "user": uid, "ts": "%d.%06d" % (base + i * 420, 200 + i)}
            if uid != "U0JONAS":  # older messages have no profile: the name comes from users.json
                message["user_profile"] = profiles[uid]
            messages.append(message)
            count += 1
        write(root + "/" + relative, json.dumps(messages, indent=4) + "\n")
    return count


# --- Meeting transcripts and subtitles ------------------------------------------------------------------

RETRO = scene("""
Hannah Kim: Let's start the sprint retro. What went well?
Luis Ortega: The checkout redesign shipped two days early.
Hannah Kim: And the conversion rate went up four percent in the first week.
Femi Adeyemi: The flaky payment test is finally fixed, it was a time zone bug.
Luis Ortega: What didn't go well: the staging database ran out of disk on Tuesday.
Femi Adeyemi: I'll add an alert at eighty percent disk usage.
Hannah Kim: Action: Femi sets up the disk alert, Luis writes the release notes.
""")

SRT_LINES = [
    ("Narrator", "In 1952, the village of Lower Moreton had one bus a day."),
    ("Edith Price", "If you missed the half past seven, you walked the six miles to town."),
    ("Edith Price", "I did that walk every Saturday for the market."),
    (None, "The bus company closed the route in 1968."),
    ("Narrator", "Today a volunteer minibus runs on Tuesdays and Fridays."),
]

OTTER = scene("""
Maya Fischer: Thanks for joining the choir committee. First, the spring concert venue.
Tom Reilly: St Anne's quoted 300 pounds for the evening, including the piano.
Maya Fischer: That's within budget. Can we get in by five to rehearse?
Tom Reilly: They said half past five at the earliest.
Speaker 3: What about tickets? Last year we sold out in a week.
Maya Fischer: Let's print 180 this time, and sell them at 12 pounds.
""")

INTERVIEW = [
    ("SPEAKER_00", 0.4, 4.1, "Tell me about the bakery when you took it over."),
    ("SPEAKER_01", 4.6, 11.9, "It was 1994. The oven was older than me and we only made white loaves and rolls."),
    ("SPEAKER_00", 12.3, 14.0, "When did the sourdough start?"),
    ("SPEAKER_01", 14.5, 22.8, "In 2009 my daughter came back from San Francisco with a starter in a jam jar."),
    ("SPEAKER_01", 23.1, 27.5, "Now we bake 300 sourdough loaves every Saturday."),
    ("SPEAKER_00", 28.0, 30.2, "And the queue outside at seven?"),
    ("SPEAKER_01", 30.6, 34.9, "That started when a food blog called us the best rye in Leeds."),
]


def clock(seconds, comma=False):
    ms = int(round(seconds * 1000))
    text = "%02d:%02d:%02d.%03d" % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)
    return text.replace(".", ",") if comma else text


def transcripts():
    # WebVTT as Teams writes it: voice tags and cue identifiers.
    out = ["WEBVTT", ""]
    t = 2.0
    for i, (name, text) in enumerate(RETRO):
        end = t + 2.5 + len(text) / 20
        out += ["a3f0c2d1-%04d/%d-0" % (i, 10 + i), "%s --> %s" % (clock(t), clock(end)), "<v %s>%s</v>" % (name, text), ""]
        t = end + 0.6
    write("sprint-retro-2024-05-17.vtt", "\n".join(out))
    # SRT subtitles of a documentary, speakers written as "Name: ".
    out = []
    t = 1.0
    for i, (name, text) in enumerate(SRT_LINES):
        end = t + 3 + len(text) / 25
        out += [str(i + 1), "%s --> %s" % (clock(t, True), clock(end, True)), (name + ": " if name else "") + text, ""]
        t = end + 0.5
    write("one-bus-a-day-documentary.srt", "\n".join(out))
    # Otter.ai's text export.
    out = []
    seconds = 3
    for name, text in OTTER:
        out += ["%s  %d:%02d" % (name, seconds // 60, seconds % 60), text, ""]
        seconds += 9 + len(text) // 6
    write("choir-committee-otter.txt", "\n".join(out))
    # WhisperX-style diarized segments.
    segments = [{"start": s, "end": e, "text": " " + text, "speaker": spk,
                 "words": [{"word": w, "speaker": spk} for w in text.split()[:2]]} for spk, s, e, text in INTERVIEW]
    write("bakery-interview-whisperx.json", json.dumps({"segments": segments, "word_segments": [], "language": "en"},
                                                        ensure_ascii=False, indent=2) + "\n")
    return {"sprint-retro-2024-05-17.vtt": len(RETRO), "one-bus-a-day-documentary.srt": len(SRT_LINES),
            "choir-committee-otter.txt": len(OTTER), "bakery-interview-whisperx.json": len(INTERVIEW)}


def main():
    counts = {"claude-data-2024-06-02.zip": claude_export(), "telegram-ChatExport_2024-05-08/result.json": telegram_export(),
              "Meeple Mondays - game-night [100000000000000100].json": discord_export(),
              "messenger/.../remilaurent_1048213377": messenger_export(), "slack-export": slack_export()}
    counts.update(transcripts())
    for name, n in counts.items():
        print(f"{n:6d}  {name}")
    print(f"{sum(counts.values()):6d}  turns in all")


if __name__ == "__main__":
    main()
