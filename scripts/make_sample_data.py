#!/usr/bin/env python3
"""Writes SampleData/: chats for trying ChatSearch, in every format it reads (see SampleData/README.md).

The chats are composed from hand-written scenes with concrete details (places, prices, dates, names),
placed on a calendar. The output is deterministic: the random generator has a fixed seed.
Run from anywhere: python3 scripts/make_sample_data.py
"""
import datetime as dt
import json
import os
import random
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "SampleData")
R = random.Random(20240301)


# --- templates -------------------------------------------------------------------------------------
# A scene is lines "X: text" where X is a role letter (A, B, C, D) mapped to a participant per scene.
# In text: {a|b|c} picks one, {?text} appears half the time, {slot} takes a value from POOLS (the same
# value throughout the scene; {slot2} is a second, different value), {A}..{D} name the participants.

POOLS = {
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "clock": ["7", "7:30", "8", "8:15", "6:45", "9", "12:30", "1"],
    "ok": ["ok", "okay", "sounds good", "perfect", "works for me", "deal", "sure", "great", "cool"],
    "laugh": ["haha", "hahaha", "lol", "😂", "😅", "ha!"],
    "thanks": ["thanks!", "thank you", "thx", "thanks so much", "ta", "cheers"],
}

SLOT = re.compile(r"\{([^{}]*)\}")


def fill(text, scene_slots, names):
    def one(m):
        key = m.group(1)
        if key in names:
            return names[key]
        if key.startswith("?"):
            return key[1:] if R.random() < 0.5 else ""
        if "|" in key:
            return R.choice(key.split("|"))
        if key not in scene_slots:
            base = key.rstrip("0123456789")
            pool = POOLS[base]
            used = {v for k, v in scene_slots.items() if k.rstrip("0123456789") == base}
            choices = [v for v in pool if v not in used] or pool
            scene_slots[key] = R.choice(choices)
        return scene_slots[key]

    while SLOT.search(text):
        text = SLOT.sub(one, text)
    return re.sub(r"  +", " ", text).replace(" ,", ",").replace(" .", ".").strip()


def parse_scene(block):
    lines = []
    for raw in block.strip("\n").split("\n"):
        raw = raw.strip()
        if not raw:
            continue
        role, text = raw.split(": ", 1)
        lines.append((role, text.replace("\\n", "\n")))
    return lines


def scenes(text):
    """Scenes separated by lines of '---'."""
    return [parse_scene(b) for b in re.split(r"\n\s*---\s*\n", text) if b.strip()]


def play(scene, people, fixed=None):
    """Turns (speaker, text) of one scene with roles mapped to people (fixed maps roles to names)."""
    roles = sorted({r for r, _ in scene} | {r for _, t in scene for r in re.findall(r"\{([A-F])\}", t)})
    cast = dict(fixed or {})
    cast.update({r: r for r in roles if r in people})
    cast.update({r: R.choice(r[1:-1].split("|")) for r in roles if r.startswith("{")})
    free = [p for p in people if p not in cast.values()]
    R.shuffle(free)
    for r in roles:
        if r not in cast:
            cast[r] = free.pop() if free else R.choice(people)
    slots = {}
    out = []
    for role, text in scene:
        t = fill(text, slots, cast)
        if t:
            out.append((cast[role], t))
    return out


class Deck:
    """Draws scenes without repeats until the deck runs out, then reshuffles."""

    def __init__(self, items):
        self.items = list(items)
        self.left = []

    def draw(self):
        if not self.left:
            self.left = self.items[:]
            R.shuffle(self.left)
        return self.left.pop()


def clock_times(day, count, start_hour=7, end_hour=23):
    """Sorted, bursty message times within a day."""
    times = []
    t = dt.datetime.combine(day, dt.time(R.randint(start_hour, max(start_hour, end_hour - 4)), R.randint(0, 59)))
    for _ in range(count):
        times.append(t)
        gap = R.choice([0.2, 0.5, 1, 1, 2, 3, 5, 8, 15, 40, 90])
        t += dt.timedelta(minutes=gap, seconds=R.randint(0, 59))
    return times


def write(name, text):
    path = os.path.join(ROOT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return path


def dump_json(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


# --- the seed demo's dinner chat ---------------------------------------------------------------------

DINNER_EN = [
    "Sita, have you decided where you'd like to go for dinner this Saturday for your birthday?",
    "I'm not sure. I'm not too familiar with the restaurants in this area.",
    "We could always check out some recommendations online.",
    "That sounds great. Let's do that!",
    "What type of food are you in the mood for on your special day?",
    "I really love Mexican or Italian cuisine.",
    "How about this place, Bella Italia? It looks nice.",
    "Oh, I've heard of that! Everyone says it's fantastic!",
    "Shall we go ahead and book a table there then?",
    "Yes, I think that would be a perfect choice! Let's call and reserve a spot.",
]

DINNER_ZH = [
    "Sita,这周六你过生日,想好去哪儿吃晚饭了吗?",
    "还没想好呢。这附近的餐厅我不太熟。",
    "要不我们上网看看大家推荐的地方?",
    "好主意,就这么办!",
    "你生日那天想吃点什么菜?",
    "我最喜欢墨西哥菜或者意大利菜。",
    "这家叫 Bella Italia 的怎么样?看着挺不错的。",
    "哦,我听说过这家!大家都说特别好吃!",
    "那我们就直接在那儿订个位子吧?",
    "好啊,我觉得再合适不过了!我们打电话订位吧。",
]


def dinner(texts, cid, title):
    speakers = ["Mohan", "Sita"]
    return {"id": cid, "title": title, "turns": [
        {"id": str(i + 1), "speaker": speakers[i % 2], "text": t} for i, t in enumerate(texts)]}


# --- friends planning a trip (canonical JSON, one session per day) ----------------------------------

POOLS.update({
    "lisbon_food": ["Taberna da Rua das Flores", "Cervejaria Ramiro", "A Cevicheria", "Zé da Mouraria",
                    "O Trevo", "Time Out Market", "Tasca do Chico", "Pastéis de Belém", "Café de São Bento"],
    "porto_food": ["Café Santiago", "Cantinho do Avillez", "Tasca da Badalhoca", "Casa Guedes", "Brasão Aliados",
                   "Majestic Café", "O Gaveto"],
    "pt_dish": ["bacalhau à brás", "grilled sardines", "arroz de marisco", "a francesinha", "bifana", "polvo à lagareiro",
                "pastéis de nata", "prego no pão", "caldo verde", "amêijoas à Bulhão Pato"],
    "lisbon_sight": ["the Belém Tower", "tram 28", "LX Factory", "Miradouro da Senhora do Monte", "the Oceanário",
                     "São Jorge Castle", "the Gulbenkian museum", "the Feira da Ladra flea market"],
    "porto_sight": ["Livraria Lello", "the Ribeira waterfront", "the Dom Luís I bridge", "Graham's port cellar",
                    "Taylor's cellar in Gaia", "the Serralves garden", "the Clérigos tower"],
    "algarve_sight": ["Ponta da Piedade", "the Benagil cave", "Praia da Marinha", "Lagos old town", "Sagres fortress",
                      "the Seven Hanging Valleys trail"],
    "app": ["Splitwise", "Google Sheets", "the shared Notion page", "Revolut group"],
    "amount": ["€38", "€45", "€62", "€74", "€86", "€112", "€19.50", "€27", "€140", "€210"],
    "item": ["sunscreen", "a power bank", "the travel adapter", "hiking shoes", "a rain jacket", "earplugs",
             "a swimsuit", "motion sickness pills", "the Bluetooth speaker", "a phrasebook"],
    "book": ["Lisbon: A Cultural History", "The Year of the Death of Ricardo Reis", "Night Train to Lisbon",
             "The Book of Disquiet", "Lonely Planet Portugal", "Rick Steves Portugal"],
})

TRIP_PEOPLE = ["Maya", "Jonas", "Elif", "Leo"]

TRIP_PHASES = [
    ("idea", 6, scenes("""
A: Random thought: should we finally do the big friends trip this year? It's been since Prague
B: YES. I've been saying this for two years
C: I'm in if it's somewhere warm. I'm done with grey Berlin skies
A: Portugal? Flights are cheap and everyone I know who went loved it
D: Portugal has my vote. {?Lisbon and maybe Porto?}
---
A: Ok so options so far: Portugal, Sicily, or Croatia
B: Sicily in June is going to be boiling
C: Croatia is gorgeous but the ferries make everything complicated
D: Portugal then? Lisbon + Porto + a few beach days in the Algarve
A: I like that combo. City, city, beach
---
A: My sister went to Lisbon last autumn and said the food alone is worth it
B: What did she recommend?
A: She said {lisbon_food} was the best meal of her trip, and to get {pt_dish} everywhere
C: Adding that to the list
---
A: Has anyone actually been to Portugal before?
B: I did Lisbon for a conference in 2019 but only saw the hotel and one bar {laugh}
C: Never been. Only know it from Night Train to Lisbon
D: Same, never been. All the more reason
---
A: How long are we thinking? A week? Ten days?
B: I can do ten days max, I already used holiday for the wedding in March
C: Ten days is perfect. 4 Lisbon, 3 Porto, 3 Algarve?
D: Maybe less Lisbon and more beach. {Just saying|Asking for a friend} {laugh}
---
A: Quick poll: who is definitely in? Need a yes/no by Friday so we can look at flights
B: Yes
C: Yes!!
D: 90% yes, need to check with my manager about June
"""), ),
    ("dates", 6, scenes("""
A: {D}, any news from your manager about June?
D: Approved! 7 to 16 June is free
B: Amazing 🎉
C: So 7–16 June it is? Saturday to Sunday
A: Locking it in. Putting it in the shared calendar
---
A: Wait, is 13 June a holiday in Lisbon? I read something about Santo António
B: Yes, the festival of Saint Anthony, the whole of Alfama turns into a street party with grilled sardines
C: Then we HAVE to be in Lisbon on the 12th at night
D: That changes the order: Porto first, then Lisbon, then Algarve?
A: Or Lisbon at the start and back for the 12th... let me draw it out
---
A: Budget check before we go too far. What's everyone comfortable with, not counting flights?
B: Around €900 for the ten days?
C: I was thinking more like €700, I'm saving for the deposit on the flat
D: We can do €700 if we self-cater breakfast and skip the fancy dinners most nights
A: Let's aim for €750 per person and track everything in {app}
---
A: Does anyone need to be back for something on the 17th?
B: I have a dentist appointment at 8:30 on the 17th, so not the last flight of the night please
C: Noted, no late flights for {B}
---
A: Just realised 7 June is the day of my cousin's engagement party. Can we fly on the 8th instead?
B: Fine for me
C: Then we lose a day unless we come back on the 17th
D: I can't do the 17th, it's my first day of the new project. Could we shorten Porto by a day?
A: Ok: 8 to 16 June, Porto gets two nights. Everyone happy?
B: {ok}
"""), ),
    ("flights", 6, scenes("""
A: Flights BER → LIS on 8 June: TAP at 10:25 for €189 return, or easyJet at 6:50 for €96
B: 6:50 means leaving the flat at 4:30 😩
C: For €93 less I will happily suffer
D: easyJet but we pay for one checked bag between us?
A: Booking easyJet then. Confirmation code is {K7PQX2|EJ4M9T|ZB27RL}
---
A: Return flight: Faro → Berlin on the 16th, Ryanair 19:40, €71 with priority
B: Does priority include the big cabin bag?
A: Yes, 10 kg
C: Perfect, I'll pay you back via {app}
---
A: Heads up, easyJet moved our outbound from 6:50 to 7:35
B: Honestly a gift, 45 more minutes of sleep
C: Do we need to do anything?
A: Just accept the change in the app, I did it for everyone
---
A: Did everyone check in online? It opens 30 days before for easyJet
B: Done, seat 23C
C: I got 14A, window!!
D: I'm in 31F next to the toilets, someone swap with me
---
A: Train or bus from Lisbon to Porto? The Alfa Pendular takes 2h50 and costs €31 if we book early
B: FlixBus is €12 but 3h30
C: Train. Tables, snacks, views of the coast
D: Train, and book the 10:09 so we arrive for lunch
"""), ),
    ("stay", 7, scenes("""
A: Airbnb in Alfama: 3 bedrooms, balcony with river view, €142 per night. Link in the doc
B: Looks lovely but the listing says 84 stairs and no lift
C: Our legs will be incredible by the end of the week
D: Is there a washing machine? I want to pack light
A: Washing machine yes, dishwasher no
---
A: For Porto I found a guesthouse near Rua das Flores, two double rooms for €118 a night including breakfast
B: Breakfast included is a big win
C: Is it near the train station?
A: 8 minutes walk from São Bento
D: Book it before it's gone
---
A: Algarve: villa in Lagos with a pool vs apartment right on the beach in Praia da Luz?
B: POOL
C: Beach! You can hear the waves
D: The villa is €40 cheaper per night and has parking, and we'll have a car anyway
A: Villa wins 3 to 1, sorry {C}
C: I'll survive {laugh}
---
A: The Alfama host just messaged: check-in from 15:00, but we can drop bags from 11:00
B: Great, we land at 9:45 so we can eat first and drop bags after
C: Ask if they have a baby cot... just kidding. Ask about parking though, is there any?
A: No parking, but we don't need a car in Lisbon
---
A: Cancellation policy check: the Lagos villa is non-refundable after 15 May
B: Fine, none of us is cancelling
C: Should we get travel insurance to be safe?
D: My credit card covers trip cancellation, I'll check whether it covers you too
"""), ),
    ("itinerary", 9, scenes("""
A: Sintra day trip: Pena Palace tickets are €20 and you need a time slot. 10:00 or 14:30?
B: 10:00, it gets so crowded after lunch
C: And Quinta da Regaleira in the afternoon? The initiation well looks unreal
D: Take the 8:41 train from Rossio, it's 40 minutes
---
A: Who wants to do the Benagil cave kayak tour? €35, 2.5 hours, leaves from Portimão at 9:00
B: Me! I've wanted to see that cave since forever
C: Can I do it if I'm a bad swimmer?
D: You wear a life jacket and the guide stays with you, you'll be fine
A: Booking 4 spots for Tuesday the 14th
---
A: Porto plan draft: day 1 Ribeira, Livraria Lello, {porto_sight}. Day 2 port tasting in Gaia and sunset at the Jardim do Morro
B: Livraria Lello needs a €8 voucher, deductible if you buy a book
C: I'll buy a book then, obviously
D: Can we fit the Serralves garden? It's a bit outside but supposed to be beautiful
---
A: Lisbon must-dos list so far: {lisbon_sight}, {lisbon_sight2}, {lisbon_sight3}. What am I missing?
B: A fado night in Alfama
C: Belém for pastéis de nata at the original bakery
D: The Oceanário, it's one of the best aquariums in Europe
A: Adding all of it, we will need a second week
---
A: Rental car for the Algarve: Sixt at Faro airport, €168 for three days with full insurance
B: Who's driving? I don't have a licence
C: I can drive but I've never driven a manual
D: I'll drive, I learned on a manual
A: Then {D} is our designated driver and we owe you many beers
---
A: Rainy day backup in Lisbon: the Gulbenkian museum, the tile museum, or a cooking class?
B: Cooking class! There's one near Príncipe Real where you make {pt_dish} and custard tarts, €65 each
C: That sounds like the best rainy day ever
---
A: How do we get from Porto to Lagos? No direct train
B: Train back to Lisbon then the Rede Expressos bus, 4 hours total
C: Or fly Porto to Faro for €49 in an hour
D: Train + bus, the flight doesn't save much once you add the airports
---
A: Is the Seven Hanging Valleys trail doable in June heat?
B: It's 6 km each way along the cliffs, start before 9 and bring 2 litres of water each
C: And {item}. I burned on the first day in Crete last year
"""), ),
    ("food", 7, scenes("""
A: Restaurant research thread 🍽️ Lisbon first: {lisbon_food} for seafood, {lisbon_food2} for something cheap and local
B: Ramiro is the one with the giant prawns and the steak sandwich for dessert, right?
C: A steak sandwich for dessert is my kind of place
D: No reservations there, expect to queue 40 minutes
---
A: I need to eat {pt_dish} at least three times on this trip
B: Have you ever had {pt_dish2}? My Portuguese colleague says it's better
C: Why not both
---
A: Veggie options check for me please! Portugal seems very meat and fish heavy
B: There's a vegetarian place in Porto called Da Terra, buffet for about €12
C: And most tascas will do a vegetable soup and a salad
D: And Time Out Market has loads, you'll be fine
A: {thanks} 💚
---
A: Porto: everyone says try a francesinha at {porto_food} but it's basically a sandwich drowned in beer sauce
B: It's a heart attack on a plate and I want it
C: Split one, it's huge
---
A: Booked dinner for {D}'s birthday on the 11th: {lisbon_food} at 20:30, table for 4
B: Do they know?
A: No! Don't say anything, it's a surprise, I asked them for a candle in the dessert
C: 🤐
---
A: Wine question: should we do a proper tasting in the Douro valley? Day tour from Porto is €95 with lunch
B: That's a lot, but the Douro looks incredible in the photos
C: What about a port tasting in Gaia instead, it's €20 and walkable
D: Gaia for budget reasons, Douro next time
"""), ),
    ("money", 6, scenes("""
A: Money update: I paid the Alfama flat, €710 for 5 nights. Please send me €177.50 each
B: Sent
C: Sent via {app}
D: Will send tonight when my salary comes in
---
A: I made a {app} group called "Portugal 2024", add everything there, including the small stuff
B: Even coffees?
A: If you pay for the whole table, yes
---
A: I owe {B} {amount} for the kayak, and {C} owes me {amount2} for the train tickets, right?
B: Let {app} do the maths, it simplifies the debts
C: Just paid my part, check your account
---
A: Anyone got a card with no foreign transaction fees? Mine charges 2.5%
B: Revolut or N26, both free in euro anyway
C: We're in the euro zone, no conversion at all
A: Oh right {laugh} Berlin brain
---
A: Deposit for the Lagos villa was {amount}, the rest is due on arrival in cash
B: Cash? That's a bit sketchy
C: It's normal for small rentals there. Get a receipt
"""), ),
    ("prep", 6, scenes("""
A: Packing list in the doc. Don't forget {item}, {item2} and {item3}
B: Do we need plug adapters? Portugal uses the same plugs as Germany, right?
C: Yes, type F, same as ours
D: Bringing {item4} for the beach anyway
---
A: Health stuff: does anyone need anything? I'm bringing ibuprofen, plasters and antihistamines
B: Bring something for blisters, we'll walk 20 km a day
C: I need my hay fever tablets, June is the worst for me
D: Remember the European health insurance card (EHIC) is on the back of our health cards
---
A: Reading for the trip: I'm taking {book}
B: I started {book2}, it's slow but beautiful
C: I'm just bringing a Kindle with 40 unread books like a normal person
---
A: Weather forecast for Lisbon next week: 27°C and sunny, Porto 21°C with some rain on Thursday
B: Packing a light jacket for Porto then
C: And sunscreen, factor 50
---
A: Language check: obrigado if you're a man, obrigada if you're a woman, right?
B: Yes! And "uma bica, por favor" for an espresso in Lisbon
C: In Porto they say "um cimbalino" apparently
D: I'm going to say obrigado to everyone and hope for the best
"""), ),
    ("during", 11, scenes("""
A: Landed! Queue at passport control is enormous
B: We're at baggage claim, see you outside gate 3
C: Uber to Alfama is €14, taking it
---
A: Where are you guys? We're at the top of the Miradouro de Santa Luzia
B: Still in the queue for tram 28. 30 more minutes apparently
C: Walk, it's 15 minutes uphill
---
A: Dinner tonight: {lisbon_food} at 8 or {lisbon_food2} at 9?
B: 8, I'm starving
C: 8. I already ate two pastéis de nata and I'm still starving
---
A: The sardines at the Santo António party 🐟🔥 best €5 I've ever spent
B: Where are you? The streets are packed
C: Near the church, under the pink and yellow garlands
D: I lost my phone charger somewhere in Alfama 😭
---
A: Pena Palace was unreal. Sending photos tonight
B: My calves hurt from the walk up to the Moorish Castle
C: The fog at Regaleira made it feel like a movie
---
A: Livraria Lello queue: 50 minutes. Worth it?
B: We're here now, might as well
C: I'm getting coffee at {porto_food} instead, meet you after
---
A: Kayaking in Benagil done! Saw the cave with the hole in the roof, the light was unreal
B: I fell in the water once and it was freezing
C: {laugh} the guide laughed for five minutes
---
A: Car is picked up. Grey Fiat 500, smaller than promised
B: Will our suitcases fit?
C: If we sit on them
D: Driving to Lagos now, 1 hour 10
---
A: Someone left a beach towel at Praia da Marinha, is it yours {B}?
B: Yes!! Blue and white stripes
A: Got it
---
A: Last dinner 🥲 {pt_dish} and a bottle of vinho verde. Best trip
B: Already want to do it again
C: Same time next year?
D: Next year: Azores!
"""), ),
    ("after", 5, scenes("""
A: Shared album is up: 612 photos and 41 videos. Delete the bad ones of me please
B: The one of {C} falling off the kayak is staying forever
C: Traitor
---
A: Final {app} balance: {B} owes {C} {amount}, I owe {D} {amount2}, everyone else is even
B: Paying now
C: Received, {thanks}
---
A: Just got a €40 parking fine from Lagos in the mail 🙃
B: Oh no, that must be the spot near the marina
C: Let's split it, we all parked there
---
A: I made pastéis de nata at home using the recipe from the cooking class. They were... edible
B: Bring them on Saturday!
C: The secret was the super hot oven, 280 degrees
---
A: Azores next year: flights from Berlin to Ponta Delgada with a stop in Lisbon, around €260
B: Putting money aside already
C: Whale watching, hot springs and hiking the crater lake
"""), ),
]

FRIEND_FILLER = scenes("""
A: Completely unrelated but has anyone watched the new season of {show}?
B: Only the first episode. No spoilers!
C: The ending of episode 3 😱
---
A: Whose birthday is next? I'm bad at remembering
B: {C} on the 23rd!
C: Don't make a fuss please
A: We're making a fuss
---
A: Work is chaos this week, sorry for being slow to reply
B: Same, our whole team is firefighting a client deadline
C: Hang in there. Drinks on Friday?
---
A: Reminder that {B}'s housewarming is on Saturday at 7, bring something for the barbecue
B: And bring a jumper, the balcony gets cold
C: I'll bring halloumi and {?homemade }hummus
---
A: Good morning 🌞
B: Morning! Coffee first, words later
---
A: Is anyone else getting those scam texts pretending to be DHL?
B: Yes, three this week. "Your parcel is held, pay €1.99"
C: Never click the link!
---
A: Book recommendation thread: what are you reading?
B: {novel}. Couldn't put it down
C: {novel2}, slow start but worth it
D: I'm reading {novel3} on the train every morning
---
A: My bike got stolen from outside the Späti 😡
B: Noooo. The blue one?
A: Yes. Lock was cut. Reported it to the police but no hope
C: There's a flea market at Mauerpark on Sundays, sometimes stolen bikes show up there
---
A: Dentist said I need a filling, €120 even with insurance
B: Ouch
C: Mine charged €90 for a cleaning last month, dental care here is wild
---
A: Happy Friday! Anyone up for the Vietnamese place on Kastanienallee tonight?
B: Pho sounds perfect
C: Can't, I'm babysitting my niece
""")

POOLS.update({
    "show": ["The Bear", "Severance", "Slow Horses", "Shōgun", "Baby Reindeer", "The Crown"],
    "novel": ["Tomorrow, and Tomorrow, and Tomorrow", "Demon Copperhead", "Lessons in Chemistry", "The Covenant of Water",
              "Yellowface", "Klara and the Sun", "Pachinko", "The Seven Husbands of Evelyn Hugo", "Project Hail Mary",
              "Normal People", "A Little Life", "The Midnight Library"],
})


def trip_chat():
    """The storyline in order: each scene once, one to three scenes a day, some days with small talk."""
    turns = []
    day = dt.date(2024, 3, 18)
    filler = list(FRIEND_FILLER)
    R.shuffle(filler)
    for phase, _, phase_scenes in TRIP_PHASES:
        queue = list(phase_scenes)
        if phase == "during":
            day = dt.date(2024, 6, 7)
        if phase == "after":
            day = dt.date(2024, 6, 17)
        while queue:
            day += dt.timedelta(days=1 if phase == "during" else R.choice([1, 1, 2, 2, 3, 4]))
            lines = []
            for _ in range(min(len(queue), R.choice([1, 1, 2, 3]))):
                lines += play(queue.pop(0), TRIP_PEOPLE)
            if filler and R.random() < 0.3:
                lines += play(filler.pop(), TRIP_PEOPLE)
            for (speaker, text), t in zip(lines, clock_times(day, len(lines))):
                turns.append({"id": str(len(turns) + 1), "speaker": speaker,
                              "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "text": text, "session": day.isoformat()})
    return {"id": "portugal-trip", "title": "Portugal trip 2024 (Maya, Jonas, Elif, Leo)", "turns": turns}


# --- a team shipping a release (JSON Lines, three channels) -----------------------------------------

TEAM = ["Nadia", "Tom", "Aiko", "Marek", "Sam", "Lucía"]
POOLS["person"] = TEAM
CUSTOMERS = ["Acme Logistics", "Bakkerij de Vries", "Northwind Travel", "Studio Koppel", "Greenline Energy",
             "Hotel Amstelzicht", "Vanderberg Legal", "Pixel & Pine", "Fietsfabriek", "Oranje Dental"]

# (component, symptom, what we found, the fix)
BUGS = [
    ("PDF export", "PDF export crashes when an invoice has more than 200 line items",
     "we build the whole table in memory and the renderer hits the 512 MB limit",
     "stream the table in pages of 50 rows"),
    ("PDF export", "Polish characters (ł, ś, ż) come out as empty boxes in exported PDFs",
     "the embedded font subset drops glyphs outside Latin-1",
     "switch to Noto Sans and embed the full subset for the invoice's language"),
    ("invoice editor", "the due date jumps back one day when you save an invoice in New York",
     "we store the date as midnight local time and convert it to UTC",
     "store due dates as plain calendar dates, no time zone"),
    ("invoice editor", "pasting a row from Excel puts the whole row into the description field",
     "the paste handler only splits on commas, Excel uses tabs",
     "split pasted text on tabs first and map columns by position"),
    ("payments", "customers are charged twice when they double-click Pay on a slow connection",
     "the Pay button isn't disabled while the request is in flight and the API has no idempotency key",
     "disable the button and send an idempotency key with every payment request"),
    ("payments", "iDEAL payments stay 'pending' for hours although the bank confirmed them",
     "the webhook from Mollie fails our signature check since they rotated the secret",
     "load the webhook secret from the vault and alert when verification fails"),
    ("login", "users get logged out every 15 minutes on Safari",
     "Safari blocks our refresh cookie because it's SameSite=None without Secure on the staging domain",
     "set Secure on the cookie everywhere and move refresh to the same site"),
    ("login", "the magic link email arrives but the link says 'expired' immediately",
     "Outlook's safe links scanner opens the link first and uses up the one-time token",
     "show a confirm button on the landing page instead of logging in on GET"),
    ("CSV import", "importing a client list with 10,000 rows times out after 30 seconds",
     "each row does its own duplicate check query, so it's 10,000 round trips",
     "load existing client emails once into a set and batch the inserts"),
    ("CSV import", "amounts like 1.234,56 are imported as 1.23",
     "we parse numbers with the English locale regardless of the file",
     "detect the decimal separator from the first 100 rows and let the user override it"),
    ("email reminders", "payment reminders go out on Sundays although the setting says weekdays only",
     "the cron job checks the weekday in UTC, and Sunday 01:00 in Amsterdam is still Saturday in UTC",
     "evaluate the schedule in the account's time zone"),
    ("email reminders", "reminder emails land in spam for Gmail users",
     "our DKIM record for the new sending domain was never published",
     "publish DKIM and DMARC for mail.ledgerly.app and warm up the domain"),
    ("dashboard", "the revenue chart shows last year's numbers for March",
     "the query groups by month number without the year",
     "group by year and month and add a test with two years of data"),
    ("dashboard", "the dashboard takes 9 seconds to load for accounts with many clients",
     "N+1 queries: one query per client for the outstanding balance",
     "one aggregate query with a GROUP BY and an index on invoices(client_id, status)"),
    ("iOS app", "the iOS app crashes on launch on iOS 17.4 for some users",
     "a force unwrap on the keychain read when the device is locked during a background launch",
     "handle the keychain error and retry once the device is unlocked"),
    ("iOS app", "the camera receipt scanner rotates photos by 90 degrees",
     "we ignore the EXIF orientation when we downscale the image",
     "apply the orientation before resizing"),
    ("Android app", "push notifications don't arrive on Samsung phones when the app is in the background",
     "Samsung's battery optimisation kills our service, and we use a normal priority FCM message",
     "send high priority messages for payment events and explain battery settings in the help center"),
    ("Android app", "the invoice list scrolls back to the top after every refresh",
     "we recreate the adapter on every refresh instead of submitting a diff",
     "use ListAdapter with DiffUtil"),
    ("tax calculation", "VAT is rounded per line instead of per invoice, so totals are off by a cent",
     "rounding happens in the line model before summing",
     "sum exact amounts and round once per VAT rate, as the Dutch tax office expects"),
    ("tax calculation", "reverse-charge invoices for Belgian clients still show 21% VAT",
     "the reverse-charge check only looks at the client's country, not the VAT number validity flag",
     "check the VIES validation result and the country together"),
    ("currency", "invoices in GBP use yesterday's exchange rate on Mondays",
     "the ECB doesn't publish rates on weekends and we fall back to Friday's rate minus one day",
     "take the latest published rate on or before the invoice date"),
    ("search", "searching for a client by phone number finds nothing if you type spaces",
     "we compare the raw input with normalised numbers",
     "normalise the query the same way as the stored numbers"),
    ("API", "the public API returns 500 instead of 404 for a deleted invoice",
     "the soft-deleted row is found but the serializer dereferences its missing client",
     "filter deleted rows in the repository and return 404"),
    ("billing", "annual plans renew a day early in leap years",
     "we add 365 days instead of one calendar year",
     "use calendar arithmetic for renewals and add a 29 February test"),
    ("notifications", "Slack notifications show the invoice number as 'undefined'",
     "the new template uses invoiceNumber but the event payload still sends number",
     "send both fields for one release, then remove the old one"),
    ("recurring invoices", "monthly recurring invoices dated the 31st skip February entirely",
     "we add one month to the day number and February has no 31st, so the date is invalid and skipped",
     "clamp to the last day of the month and keep the original day for later months"),
    ("recurring invoices", "a client got 14 copies of the same recurring invoice overnight",
     "the job retried after a timeout and the 'already sent' flag was written after sending",
     "write a send record before sending and make the job idempotent"),
    ("client portal", "clients can't open invoices from the portal link on Android Chrome",
     "the link uses a custom scheme that only the iOS app registers",
     "use an https universal link with a web fallback"),
    ("client portal", "the portal shows the wrong company logo for clients of two accounts",
     "the logo is cached by client email instead of by account",
     "key the cache by account id and client id"),
    ("PDF export", "the QR code for payment on Swiss invoices can't be scanned by banking apps",
     "we render the QR code as a JPEG and the compression blurs the modules",
     "render it as vector graphics with the Swiss cross at the right size"),
    ("payments", "refunds over €1,000 fail with 'amount too large'",
     "we send the amount in cents as a 32-bit float and lose precision",
     "send integer minor units everywhere and add a contract test with the payment provider"),
    ("payments", "Stripe payouts show in the dashboard two days late",
     "we only poll payouts at midnight instead of listening to the payout.paid webhook",
     "subscribe to payout webhooks and keep the nightly poll as a backup"),
    ("login", "two-factor codes are rejected for users in Auckland",
     "the server clock check allows 30 seconds of drift, and the code is generated for the wrong day boundary in the app",
     "use TOTP with a 1-step window and the device's UTC time"),
    ("settings", "changing the invoice number prefix renumbers old invoices",
     "the number is computed from the prefix at display time instead of being stored",
     "store the full invoice number when the invoice is finalised"),
    ("email reminders", "French customers get reminder emails in English",
     "the template language comes from the account, not from the client",
     "pick the language from the client's settings, falling back to the account's"),
    ("dashboard", "the 'overdue' total includes invoices that were paid by bank transfer today",
     "bank reconciliation runs every 6 hours and the dashboard doesn't refresh after it",
     "invalidate the dashboard cache when reconciliation marks invoices paid"),
    ("iOS app", "dark mode makes the invoice totals unreadable (black on dark grey)",
     "the totals label uses a hard-coded black instead of a semantic colour",
     "use the label colour from the asset catalogue and snapshot-test both modes"),
    ("Android app", "the app shows a blank screen after changing the phone language",
     "the activity is recreated and the view model loses its state on configuration change",
     "save state with SavedStateHandle"),
    ("CSV import", "importing a file from Numbers on a Mac fails with 'invalid encoding'",
     "Numbers exports UTF-16 with a byte order mark and we only accept UTF-8",
     "detect UTF-16 byte order marks and convert before parsing"),
    ("API", "API rate limits hit customers who sync with Zapier every minute",
     "the limit is 60 requests per hour per key, and one Zapier sync makes 3 requests",
     "raise the limit to 600 per hour and return Retry-After headers"),
    ("accounting sync", "Xero sync creates duplicate contacts with a trailing space in the name",
     "we match contacts by exact name",
     "match by email first, then by name with whitespace trimmed and case folded"),
    ("accounting sync", "Exact Online sync stops after the access token expires on Sunday nights",
     "the refresh token is rotated but we keep the old one when the save fails",
     "save the new refresh token in the same transaction as the sync cursor"),
    ("search", "searching for 'café' doesn't find 'Cafe de Jaren'",
     "the search index is accent-sensitive",
     "index with unaccent and lower() in Postgres"),
    ("billing", "customers who downgrade mid-month are charged for the bigger plan until renewal",
     "proration is only calculated for upgrades",
     "prorate downgrades as credit on the next invoice"),
    ("performance", "the invoice list API takes 3 seconds for accounts with 50,000 invoices",
     "OFFSET pagination scans all previous rows on later pages",
     "switch to keyset pagination on (created_at, id)"),
    ("exports", "the yearly CSV export for accountants is missing credit notes",
     "credit notes have a different document type and the export filters on type = 'invoice'",
     "include credit notes with a negative amount and a type column"),
]

POOLS.update({
    "rc": ["3.2.0-rc1", "3.2.0-rc2", "3.2.0-rc3"],
    "task": ["the Postgres 16 upgrade on staging", "the new onboarding checklist", "flaky login e2e tests",
             "the invoice template editor", "dark mode for the dashboard", "migrating the cron jobs to Temporal",
             "the GDPR data export", "reviewing Marek's PR for the client list", "the SEPA direct debit spike",
             "the accessibility audit fixes", "the mobile release checklist", "the pricing page A/B test",
             "cleaning up feature flags", "the on-call runbook", "the Stripe API version upgrade",
             "load testing the PDF service", "the recurring invoices bug backlog", "writing release notes",
             "the Sentry alert noise", "the new Terraform module for the queue", "the multi-currency totals"],
    "lunch": ["the Vietnamese place on Utrechtsestraat", "Foodhallen", "the falafel stand at Albert Cuyp market",
              "Sla", "the Surinamese roti place on Albert Cuypstraat", "Wok to Walk", "the Italian deli by the canal",
              "Bagels & Beans", "the poke place next to the office"],
    "pct": ["5%", "10%", "25%", "50%"],
    "workday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
})

RELEASE_SCENES = scenes("""
A: Reminder: code freeze for 3.2 is {weekday} at 17:00. After that only fixes with a ticket and a reviewer
B: Can the invoice templates feature still make it? It needs one more day
A: If it's behind a feature flag, yes. Otherwise it goes to 3.3
B: It's flagged. Merging tomorrow morning
---
A: {rc} is on staging. Please smoke test your areas before 15:00
B: Payments: card, iDEAL and SEPA all fine
C: PDF export ok, CSV import ok, one visual glitch in the dashboard legend (not blocking)
D: iOS build {rc} submitted to TestFlight
---
A: Release notes draft for 3.2 is in Confluence. Highlights: recurring invoices, Polish translation, faster dashboard
B: Can we mention the CSV import fix? Accountants asked for it a lot
C: And say "up to 5× faster" instead of "much faster", I have the numbers
A: Updated, {thanks}
---
A: Rolling out 3.2 to {pct} of accounts
B: Error rate flat, p95 latency 410 ms (was 480 before)
C: No new Sentry issues so far
A: Going to the next step at 14:00 if it stays quiet
---
A: 🚨 Error rate on the invoices API jumped to 4% after the rollout step
B: Looking. It's all 500s from the PDF service, out of memory
C: Rolling back the PDF service to 3.1.4
A: Rollback done, errors back to 0.1%. Incident doc started, postmortem on {weekday}
---
A: Postmortem summary: the new PDF renderer used 3× more memory on large invoices and the pods had a 512 MB limit. Actions: raise the limit to 1 GB, add a load test with 500-line invoices, alert on OOM kills
B: Also: the canary was only 5% of accounts and none of them had big invoices. We should pick canaries by invoice size
C: Good point, I'll take that action
---
A: Apple rejected the iOS build 😑 "Guideline 3.1.1: in-app purchase"
B: Because of the upgrade button in settings?
A: Yes. We have to hide it on iOS or use in-app purchase
C: Hide it for now, link to the website from the account email instead
---
A: App Store approved 3.2 ✅ Releasing in phases over 7 days
B: Android is at 20% on Play Store, crash-free users 99.7%
---
A: Database migration for 3.2 adds a column to invoices (80 million rows). Plan: add nullable column, backfill in batches of 10k at night, then add the constraint
B: How long will the backfill take?
C: On the staging copy about 6 hours
A: Let's start it Friday 22:00, I'm on call anyway
---
A: Who's on call this week?
B: Me until Wednesday, then {C}
C: Confirmed. Pager is set up on my phone
---
A: Heads up: the TLS certificate for api.ledgerly.app expires in 9 days and auto-renewal failed
B: It's the DNS challenge, the API token for the DNS provider expired
C: Rotated the token and renewed, valid until September
---
A: Feature flag cleanup: 14 flags are at 100% for more than 90 days. Can owners remove them this sprint?
B: I own 5 of them 🙈 will do
C: The recurring_invoices flag can go now
---
A: 3.2.1 hotfix is out with the double charge fix and the Safari logout fix
B: Support confirmed the first customer stopped seeing the logout
C: 🎉
---
A: Planning for 3.3: top candidates are multi-currency totals, SEPA direct debit, and the accountant portal
B: Sales keeps asking for the accountant portal, three deals are waiting on it
C: SEPA direct debit has the biggest impact on late payments though
A: Let's size both on {weekday} and decide with Lucía
---
A: Dependabot opened 23 PRs over the weekend 🫠
B: I'll batch the minor ones into one PR
C: Careful with the date-fns major version, it changes how week numbers work
""")

BUG_TRIAGE = [
    "A: New one from support: LED-{n}, {symptom}. Customer: {customer}",
    "B: {Reproduced on staging|I can reproduce it locally|Can't reproduce yet, asking support for a screen recording}",
    "C: My guess: {cause}",
    "A: {B}, can you take it? {Hotfix material|Target 3.2|Not urgent, next sprint}",
    "B: {On it|Taking it|Yep, assigning to myself}",
]
BUG_FIX = [
    "A: PR #{pr} for LED-{n} is up: {fix}. Root cause was that {cause}",
    "B: {Reviewed|Looking now|Approved|Left two comments}. {One nit about naming, otherwise good|Can you add a regression test?|Nice catch|Does this need a migration?|Is the old behaviour used by the API anywhere?|Let's get Aiko to test it on a real device}",
    "A: {Added a test|Done|Fixed the nit|Good question, no, it's all behind the service layer|Updated}{, merging|. Merging after CI|, thanks for the quick review}",
    "C: {Will be in the next RC|Deployed to staging, I'll verify with support's example|Closing the ticket after QA|I'll let the customer know|Verified on staging 👍}",
]

STANDUP = [
    "Yesterday: {task}. Today: {task2}. Blockers: {none|waiting on design|need a review on my PR|staging is down again}",
    "Still on {task}, should be done by {workday}. {No blockers|Need 30 min with someone who knows the billing code}",
    "Done with {task} 🎉 starting {task2}",
    "Out this afternoon for a {doctor's appointment|parents' evening at school|dentist appointment}, back tomorrow. Working on {task} until then",
    "Today: {task} and then {task2}. Also reviewing PRs",
    "{Morning|Good morning|Hi all}! Update: {task} is taking longer than expected, {the tests are a mess|the old code has no tests|there are more edge cases than I thought}. Pairing with {person} after lunch",
    "Working from home today, {the plumber is coming|my kid is sick|the trains are on strike}. Focus: {task}",
    "Picking up {task} from {person} while they're on holiday",
]

RANDOM_SCENES = scenes("""
A: Lunch? Thinking {lunch}
B: In! 12:30?
C: Can't today, meeting at 12
D: {ok}, meet at the door
---
A: 🎂 Cake in the kitchen for Aiko's birthday! Carrot cake from the bakery on the corner
B: Happy birthday Aiko!!
C: 🎉🎉
D: Happy birthday! Save me a piece, I'm on a call
---
A: Offsite poll: Utrecht (boat trip + escape room) or Zandvoort (beach + barbecue) on 21 June?
B: Zandvoort if the weather holds
C: Utrecht, I'm not a beach person
D: Zandvoort 🏖️
---
A: Who took my blue mug from the kitchen? It says WORLD'S OKAYEST DEVELOPER
B: {laugh} it's in the dishwasher
---
A: Book club at work: next month is "The Phoenix Project", we meet Thursday at 16:00 in the big room
B: I read it years ago, still relevant sadly
C: Is there an audiobook? I only have the train
---
A: The coffee machine on the 3rd floor is broken again ☕
B: Facilities said the repair guy comes on {weekday}
C: Survival mode: the café downstairs does a flat white for €3.20
---
A: Anyone doing the Dam tot Damloop run in September? Company pays the entry
B: 16 km? I'll do the 4 km version with my kids
C: Signed up! Training plan starts next week
---
A: Reminder: the office is closed on 27 April for King's Day. Wear orange 🧡
B: Vrijmarkt in Vondelpark, see you there
---
A: Welcome Jun, our new backend engineer! She joins from Booking and loves Postgres
B: Welcome!! 👋
C: Welcome Jun! Ask me anything about the invoice code, I'm sorry in advance
---
A: Friendly reminder to submit your expense receipts for May by Friday, finance closes the month on the 3rd
B: Does the train ticket to the Berlin conference count?
A: Yes, NS and Deutsche Bahn tickets both count
""")


def team_chat():
    lines = []  # dicts in time order
    days = [dt.date(2024, 4, 2) + dt.timedelta(days=i) for i in range(112)]
    days = [d for d in days if d.weekday() < 5]
    bugs = list(BUGS)
    R.shuffle(bugs)
    open_bugs = []
    release = Deck(RELEASE_SCENES)
    randoms = list(RANDOM_SCENES)
    R.shuffle(randoms)
    channels = {"ledgerly-release": "#release", "ledgerly-bugs": "#bugs", "ledgerly-random": "#random"}

    cursor = {}

    def emit(channel, turns, day, start_hour):
        start = dt.datetime.combine(day, dt.time(start_hour, R.randint(0, 40)))
        if channel in cursor and cursor[channel] > start:
            start = cursor[channel] + dt.timedelta(minutes=R.randint(5, 30))
        t = start
        for speaker, text in turns:
            lines.append({"conversation": channel, "title": channels[channel], "speaker": speaker,
                          "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "text": text, "session": day.isoformat()})
            t += dt.timedelta(minutes=R.choice([0.5, 1, 1, 2, 3, 5, 8, 20]), seconds=R.randint(0, 59))
        cursor[channel] = t

    seen = set()

    def standup_line():
        for _ in range(20):
            text = fill(R.choice(STANDUP), {}, {})
            if text not in seen:
                seen.add(text)
                return text
        return text

    n = 1412
    release_left = len(RELEASE_SCENES)
    for i, day in enumerate(days):
        cursor.clear()
        if R.random() < 0.6:
            emit("ledgerly-release", [(p, standup_line()) for p in R.sample(TEAM, R.randint(2, 4))], day, 9)
        if release_left and (R.random() < 0.3 or len(days) - i <= release_left):
            emit("ledgerly-release", play(release.draw(), TEAM), day, 13)
            release_left -= 1
        if bugs and R.random() < 0.6:
            component, symptom, cause, fix = bugs.pop()
            n += R.randint(1, 9)
            slots = {"n": str(n), "symptom": symptom, "cause": cause, "fix": fix, "customer": R.choice(CUSTOMERS),
                     "pr": str(2100 + n % 500)}
            cast = dict(zip("ABC", R.sample(TEAM, 3)))
            emit("ledgerly-bugs", [(cast[l[0]], fill(l[3:], slots, cast)) for l in BUG_TRIAGE], day, 10)
            open_bugs.append((slots, cast["B"], i + R.randint(1, 4)))
        for slots, owner, due in [b for b in open_bugs if b[2] <= i]:
            open_bugs.remove((slots, owner, due))
            others = [p for p in TEAM if p != owner]
            cast = {"A": owner, "B": R.choice(others), "C": R.choice(others)}
            emit("ledgerly-bugs", [(cast[l[0]], fill(l[3:], dict(slots), cast)) for l in BUG_FIX], day, 15)
        if randoms and R.random() < 0.25:
            emit("ledgerly-random", play(randoms.pop(), TEAM), day, 11)
    lines.sort(key=lambda l: l["time"])
    counts = {}
    for l in lines:
        counts[l["conversation"]] = counts.get(l["conversation"], 0) + 1
        l["id"] = f"{l['conversation']}-{counts[l['conversation']]}"
    order = ["conversation", "title", "id", "speaker", "time", "text", "session"]
    return "".join(json.dumps({k: l[k] for k in order}, ensure_ascii=False) + "\n" for l in lines), len(lines)


# --- a family group on WhatsApp (iOS export style) ---------------------------------------------------

FAMILY = ["Mum", "Dad", "Kavya", "Arjun", "Nani"]
POOLS.update({
    "dinner": ["dal makhani", "rajma chawal", "aloo paratha", "a Sunday roast", "chicken biryani", "palak paneer",
               "fish and chips from the chippy", "khichdi", "chole bhature", "shepherd's pie"],
    "bp": ["138/88", "131/84", "142/90", "127/82", "135/86"],
    "shop": ["Tesco", "Sainsbury's", "the Indian grocer on Belgrave Road", "Aldi", "the Saturday market"],
    "grocery": ["coriander", "paneer", "basmati rice", "milk", "atta flour", "green chillies", "ginger", "Yorkshire tea",
                "mangoes", "okra", "yoghurt", "onions"],
})

FAMILY_SCENES = scenes("""
Mum: What's everyone doing for dinner Sunday? I'm making {dinner}
Arjun: Coming! Can I bring {?my friend }Zoe?
Mum: Of course beta, there's always enough
Kavya: Save me some for the week please 🙏
---
Mum: Going to {shop}, anyone need anything?
Kavya: {grocery} and {grocery2}
Arjun: And {grocery3}! We ran out
Mum: Ok. Anything else speak now
---
Mum: Dad's blood pressure this morning was {bp}. Better than last week
Kavya: Still a bit high. Are you taking the amlodipine every morning?
Dad: Yes yes every morning with my tea
Kavya: And less salt on the chips Dad 😑
---
Mum: Reminder: Nani's eye appointment is Tuesday 14 May at 9:20 at the Leicester Royal Infirmary, eye clinic, level 2
Kavya: I'll take her, I've booked the day off
Arjun: She can't eat anything after midnight before the surgery
Nani: I know, I know. Nobody let me forget my glasses
---
Kavya: Nani's cataract surgery went well! She's home and resting. Drops 4 times a day for 4 weeks
Arjun: Thank god 🙏❤️
Mum: Tell her I'll video call tonight
Nani: I can see the clock on the wall from the sofa again. Colours are so bright!
---
Kavya: Ok family meeting time: Nani turns 80 on 29 June 🎉 we need to plan a party
Arjun: Restaurant or at home?
Mum: Home is too small for 45 people
Kavya: I called Bobby's on Belgrave Road, their function room fits 60, £28 a head for the buffet
Dad: Book it before someone else does
---
Mum: Guest list for Nani's 80th is at 52 now. Do we really need to invite the Patels from Coventry?
Kavya: If we don't invite them we will hear about it for 10 years
Arjun: 52 it is {laugh}
---
Kavya: Cake for Nani: Cakes by Priti can do a 3-tier eggless mango and pistachio cake, £145
Mum: Eggless is important, half the guests are vegetarian
Arjun: Can they put a photo of her from her wedding on it?
Kavya: Yes, edible photo print is £12 extra
---
Arjun: Biscuit ate a sock again 🧦🐶
Mum: Is he ok?? Last time it was £600 at the vet
Kavya: He threw it up in the garden, he's fine, very proud of himself
Dad: That dog has a stomach of steel
---
Mum: Biscuit's booster vaccine is due on the {day_th}. Vet on Narborough Road, 4:15
Arjun: I can take him after work
Kavya: Ask them about his itchy ears too
---
Dad: Electricity bill came: £148 for the quarter. Up £30 from last year
Kavya: Have you checked if Octopus has a better tariff?
Dad: I'll look at it this weekend, send me the account number
---
Dad: The car failed its MOT 🙄 front brake pads and a number plate light. Kwik Fit quoted £185
Kavya: Only the plate light would be cheap, the pads are normal wear
Mum: Go to Sandeep's garage, he's always cheaper
Dad: I'll call him tomorrow
---
Kavya: Arjun!! How did the driving test go?
Arjun: PASSED 🚗🎉 only 2 minors
Mum: Proud of you beta!
Dad: Now you can drive Nani to the temple on Sundays {laugh}
Nani: Very good. Drive slowly
---
Kavya: Had the interview with the Manchester architecture firm today. 3 people on the panel, they asked about the library project
Mum: How do you feel it went?
Kavya: Good I think. They said they'll decide by Friday
Arjun: Fingers crossed 🤞
---
Kavya: I GOT THE JOB 🎉🎉 starting 3 June, senior architect
Mum: I knew it! So proud
Arjun: Party at Bobby's is now also your party {laugh}
Dad: Well done beti. Salary?
Kavya: Dad 😂 I'll tell you in person
---
Kavya: Flat hunting in Manchester is brutal. One bed in Ancoats £1,150, in Chorlton £950 with a garden
Mum: Chorlton! Garden for Biscuit visits
Arjun: Chorlton is nicer, but the tram takes 30 minutes to the centre
Kavya: I'll view it Saturday at 11
---
Kavya: Does anyone have Nani's recipe for gajar halwa written down? I want to make it for my new colleagues
Mum: 1 kg carrots grated, 1 litre full-fat milk, cook 40 minutes, then 150 g sugar, ghee, cardamom and cashews
Nani: And a little khoya at the end. Don't rush it, slow fire
Kavya: Thank you Nani ❤️
---
Kavya: Happy anniversary Mum and Dad!! 33 years 🥂
Arjun: 33 years and he still can't find the cheese grater
Nani: Happy anniversary ❤️❤️
Mum: Thank you kids. Booked a table at the Turkish place on London Road tonight
---
Arjun: Is anyone watching the cricket? India 245/3
Dad: Kohli looking good
Kavya: Can't, at work, send updates
---
Dad: Council tax direct debit is changing from 1 April to £162 a month
Mum: That's a lot
Dad: Everyone's went up this year
---
Arjun: Mum, what time is the puja at the temple on Saturday?
Mum: 10 am, then lunch in the hall. Wear something nice, not jeans
Arjun: 😅 ok
---
Dad: My knee is bad again after the walk. Physio said 3 sessions more
Kavya: Do the exercises every day Dad, not only the day before the appointment
Dad: Yes doctor 🙄
---
Mum: Arjun are you coming home for the weekend? Train from Leeds is £34 if you book now
Arjun: Yes! Friday evening, arriving 8:40 at Leicester
Mum: I'll pick you up
Mum: Bring your laundry, I know you will anyway
---
Kavya: Nani's 80th party photos are on the Google Photos album, 312 photos!
Arjun: The one of Nani dancing with Dad is my favourite
Mum: Uncle Vijay's speech was 25 minutes 😂
Nani: Best day. Thank you all ❤️
---
Mum: Has anyone seen my reading glasses? The brown ones
Arjun: On your head Mum
Mum: 🤦‍♀️
---
Arjun: Weather says 27 degrees on Saturday! Barbecue in the garden?
Kavya: Yes! I'll marinate the paneer tikka
Mum: I'll bring corn and halloumi
Dad: I'll clean the barbecue, it's been under the cover since September
---
Mum: Kavya sent a parcel for Nani, should arrive Thursday. DPD
Arjun: What is it?
Mum: Large-print crossword books and the new shawl
Nani: My granddaughter spoils me
---
Mum: GP called, Dad's blood test results are back. Cholesterol 5.9, they want him to start statins
Dad: I don't want more tablets
Kavya: Dad, it's one small tablet. Please just take it
Arjun: The GP knows best. Start this week
""")


POOLS.update({
    "day_th": ["3rd", "8th", "12th", "17th", "21st", "26th"],
    "relative": ["Uncle Vijay", "Auntie Meena", "cousin Rohan", "Pooja didi", "Mama ji", "Auntie Sunita", "cousin Neha"],
    "road": ["the A6", "the M1", "the ring road", "the A46", "Belgrave Road"],
    "minutes": ["10", "15", "20", "25", "40"],
    "tv": ["Heeramandi on Netflix", "the new Bake Off", "Gullak on SonyLIV", "Panchayat season 3", "Line of Duty",
           "Taskmaster", "Kota Factory", "the Eurovision final"],
    "place": ["Bradgate Park", "Abbey Park", "the Haymarket", "Highcross", "the National Space Centre",
              "Fosse Park", "Rutland Water"],
    "city": ["Manchester", "Leeds", "Birmingham", "London"],
})

FAMILY_DATES = {  # scenes that belong on a given day, by their first words
    "Ok family meeting time": "2024-04-09", "Had the interview": "2024-04-23", "I GOT THE JOB": "2024-04-27",
    "Flat hunting": "2024-05-04", "Guest list": "2024-05-08", "Reminder: Nani's eye": "2024-05-10",
    "Nani's cataract surgery": "2024-05-14", "Cake for Nani": "2024-05-29", "Weather says 27": "2024-06-15",
    "Nani's 80th party photos": "2024-06-30", "Arjun!! How did the driving": "2024-04-18",
}

FAMILY_SMALL = scenes("""
{Kavya|Arjun}: Reached {city} safely 👍
{Mum|Dad}: Good. Eat something proper, not just crisps
---
A: Stuck in traffic on {road}, will be {minutes} minutes late
B: No rush, drive safe
---
A: It's {relative}'s birthday today, don't forget to call
B: Already sent a message 🎂
C: Thanks for the reminder, calling tonight
---
A: Has anyone watched {tv}? Everyone at work is talking about it
B: Yes! Episode 4 is the best
C: Adding it to the list
---
A: Took Nani to {place} today, she walked the whole way 💪
B: Amazing! Send photos
C: Did she complain about the cold? {laugh}
---
A: Can someone call me when you're free, nothing urgent
B: Calling in 10
---
Mum: Who's picking up Nani from the temple at 1?
{Arjun|Dad}: I can, I'm nearby
A: {thanks}
---
A: Petrol is £1.49 at Tesco on {road}, cheapest around
B: Filling up on the way home then
---
A: Made {dinner} for the first time on my own 😎
B: Looks good! Did you use the pressure cooker?
A: Yes, 4 whistles like you said
C: Proud
---
A: {relative} is coming to stay next weekend, can someone clear the spare room
{Kavya|Arjun}: The spare room is currently Dad's bike storage {laugh}
C: I'll move the bikes
---
A: Power cut on our street since 6, anyone else?
B: We're fine here
C: Western Power says back by 9 pm
---
Kavya: Ordered Nani's new reading lamp from Argos, click and collect at Fosse Park tomorrow
{Arjun|Dad}: I'll collect it after work
---
A: Biscuit barked at the postman for 10 minutes again
B: The postman deserves a medal
---
Mum: How was your day beta?
Kavya: Long. Two site visits and a client who changed their mind three times
Mum: Rest well. Call me on Sunday
---
A: Parking at the hospital was £4.60 for two hours 😤
B: Use the park and ride next time, it's free with Nani's bus pass
""")

FAMILY_EXTRA = [  # single messages between scenes
    "A: Good morning everyone ☀️",
    "A: Good night all 🙏",
    "A: Did anyone see the news about the M1 closure this weekend?",
    "A: Jai Shri Krishna 🙏",
    "A: Biscuit says hello 🐶",
    "A: Rain again 🌧️ so much for summer",
    "A: Who finished the mango pickle and didn't tell me",
    "A: Can someone send me the Netflix password again",
]


def whatsapp_family():
    """Lines in the iOS export style, with the notices WhatsApp writes."""
    lrm = "\u200e"
    out = [lrm + "[06/01/2024, 09:12:03] Sharma Family 🏡: " + lrm +
           "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read "
           "or listen to them.",
           "[06/01/2024, 09:12:03] Sharma Family 🏡: " + lrm + "Mum created group “Sharma Family 🏡”",
           "[06/01/2024, 09:12:04] Sharma Family 🏡: " + lrm + "Mum added Dad, Kavya, Arjun and Nani"]
    first, last = dt.date(2024, 1, 8), dt.date(2024, 7, 12)
    plan = {}
    for scene in FAMILY_SCENES:
        pinned = next((d for k, d in FAMILY_DATES.items() if scene[0][1].startswith(k)), None)
        day = dt.date.fromisoformat(pinned) if pinned else first + dt.timedelta(days=R.randint(0, (last - first).days))
        plan.setdefault(day, []).append(scene)
    small = Deck(FAMILY_SMALL)
    seen = set()
    count = 0
    day = first
    while day <= last:
        todays = list(plan.get(day, []))
        for _ in range(R.choice([0, 1, 1, 1, 2, 2, 3])):
            scene = small.draw()
            if scene not in todays:
                todays.insert(R.randint(0, len(todays)), scene)
        turns = []
        for scene in todays:
            for _ in range(6):  # the same words twice read like a glitch: try other details, else skip
                played = play(scene, FAMILY if scene in FAMILY_SCENES else FAMILY[:4])
                if played[0][1] not in seen:
                    seen.add(played[0][1])
                    turns += played
                    break
        if turns and R.random() < 0.25:
            turns.append((R.choice(FAMILY), fill(R.choice(FAMILY_EXTRA)[3:], {}, {})))
        for (speaker, text), t in zip(turns, clock_times(day, len(turns), 7, 22)):
            out.append(t.strftime("[%d/%m/%Y, %H:%M:%S] ") + f"{speaker}: {text}")
            count += 1
            if R.random() < 0.04:
                t2 = t + dt.timedelta(seconds=R.randint(5, 50))
                out.append(lrm + t2.strftime("[%d/%m/%Y, %H:%M:%S] ") + f"{speaker}: " + lrm +
                           R.choice(["image omitted", "image omitted", "video omitted", "sticker omitted",
                                     "audio omitted"]))
        day += dt.timedelta(days=1)
    return "\n".join(out) + "\n", count


# --- a book club group on WhatsApp (Android export style, US dates, AM/PM) ---------------------------

CLUB = ["Hannah", "Omar", "Grace", "Wei", "Tomás", "Bea"]

# Each month: the book, the host and place, and what people said about it.
CLUB_BOOKS = [
    ("Tomorrow, and Tomorrow, and Tomorrow", "Gabrielle Zevin", "Grace", "Grace's place in Logan Square", [
        "Halfway through and I'm completely hooked. Sam and Sadie's friendship feels so real",
        "The chapter written as a video game world (Pioneers) broke my heart",
        "I didn't expect a book about making video games to make me cry on the Blue Line",
        "Marx is the best character and I will not be taking questions",
        "I found Sam hard to like in the middle part, he holds grudges for years",
        "The hospital scenes at the start are so well done. The way games become a way to survive pain",
        "Did anyone else play Oregon Trail as a kid? The nostalgia hit hard",
        "4 stars for me. A bit long in the Los Angeles section",
    ]),
    ("Demon Copperhead", "Barbara Kingsolver", "Omar", "the back room at Cafe Mustache", [
        "The voice of Demon is incredible. Funny and devastating in the same sentence",
        "It's David Copperfield moved to Appalachia during the opioid crisis. I had no idea going in",
        "The foster care chapters made me so angry",
        "I had to take a break after the part with the painkillers after his football injury",
        "Angus is my favourite character",
        "It's 550 pages and I still wanted more",
        "Kingsolver grew up in Kentucky, you can tell she loves those places and people",
        "Probably my book of the year so far",
    ]),
    ("Klara and the Sun", "Kazuo Ishiguro", "Wei", "Wei's apartment in Pilsen", [
        "Klara praying to the Sun is the most Ishiguro thing ever. Quietly heartbreaking",
        "I spent the first 50 pages confused about what 'lifted' meant",
        "The scene in the barn at sunset 😭",
        "It's the same feeling as Never Let Me Go. You slowly realise what's going on",
        "Josie's mother is terrifying and understandable at the same time",
        "The Cootings Machine! I laughed and then felt bad",
        "Short book but I read it slowly, every sentence is careful",
        "Honest opinion: a bit too slow for me. 3 stars",
    ]),
    ("Pachinko", "Min Jin Lee", "Bea", "Bea's rooftop in Andersonville", [
        "Four generations of a Korean family in Japan, and I learned so much history I never knew",
        "'History has failed us, but no matter.' What a first line",
        "Noa's story destroyed me",
        "Sunja is so strong. The kimchi cart scenes in Osaka!",
        "I watched the Apple TV series afterwards, it's beautiful but the book is better",
        "Hansu is such a complicated man. I hated him and understood him",
        "The pachinko parlors as the only business open to Koreans, that detail says everything",
        "490 pages went by fast. 5 stars",
    ]),
    ("Project Hail Mary", "Andy Weir", "Tomás", "Tomás's backyard in Oak Park", [
        "Rocky is the best fictional friend ever. Fist my bump",
        "I loved how the science is actually explained, I finally understand relativity a bit",
        "The flashbacks about Ryland on Earth were my least favourite part",
        "Reading this on the beach in Michigan was perfect",
        "The audiobook is amazing, they do Rocky's musical voice",
        "I want a movie NOW. Ryan Gosling is playing Ryland apparently",
        "Amaze amaze amaze 🎵",
        "Not my usual genre but I couldn't stop reading",
    ]),
    ("Lessons in Chemistry", "Bonnie Garmus", "Hannah", "Hannah's apartment in Lincoln Park", [
        "Elizabeth Zott is my hero. 'Cooking is chemistry'",
        "Six-Thirty the dog narrating parts of the book was genius",
        "The sexism at the Hastings Institute made my blood boil",
        "Supper at Six! I want to watch that show",
        "I liked the first half more than the second",
        "Calvin rowing at dawn 🚣 such a sad love story",
        "Madeline is the best kid in any book I've read this year",
        "Fun, fast, a bit too neat at the end. 4 stars",
    ]),
    ("The Covenant of Water", "Abraham Verghese", "Omar", "the Korean restaurant on Lawrence Ave", [
        "750 pages about a family in Kerala with a mysterious condition, and I loved every page",
        "Big Ammachi is one of the great characters. Married at 12 and becomes the heart of everything",
        "The medical details are amazing. Verghese is a doctor at Stanford",
        "The surgery scenes in Madras were intense",
        "I cried at the end, on the train, again",
        "It took me 5 weeks. Sorry for being late",
        "The descriptions of the backwaters made me want to visit Kerala",
        "Maybe the best book we've read as a club",
    ]),
]

CLUB_LOGISTICS = scenes("""
A: Reminder! Book club this {weekday} at 7pm at {place}. We're discussing {book} by {author}
B: Can't wait! I'm bringing {snack}
C: Almost done, 60 pages left
D: I haven't started 🙈 coming anyway for the snacks
---
A: Poll for next month's book: {next1}, {next2} or {next3}? Vote with a number
B: 2
C: 1!!
D: 2, I already have it on my Kindle
A: {next2} it is
---
A: Running 15 min late, the Brown Line is crawling
B: No worries, we haven't started, still on the cheese
---
A: Is it ok if I bring a friend next time? Sara from work, she loves {book}
B: Of course! The more the merrier
C: Yes! Tell her the only rule is no spoilers before the meeting
---
A: Who has a copy of {book} I could borrow? The library waitlist is 11 weeks
B: Mine is yours, I'll bring it Saturday
A: You're the best
---
A: Thanks {host} for hosting! Loved the {snack} 🙏
B: Yes! Please send the recipe
C: Best book club night in a while
D: Thank you all for coming. Same time next month!
---
A: Random: the Printers Row Lit Fest is on 8–9 June, anyone going?
B: Yes! Saturday morning
C: I'll come for the used book stalls
---
A: Did you all see that {author} is doing a reading at the Chicago Public Library on {weekday}? Free with registration
B: Just registered!
C: Me too, let's sit together
---
A: Can we move next meeting to Thursday? I have a work trip to Denver on Tuesday
B: Thursday works
C: Thursday is fine but I need to leave at 9
D: Thursday it is
---
A: I'm sorry I missed yesterday, my daughter had a fever of 102 😷 How was it?
B: Oh no, hope she feels better! It was great, we spent an hour on the ending
C: We saved you some brownies
""")

POOLS.update({
    "snack": ["a cheese board", "homemade empanadas", "lemon bars", "banana bread", "guacamole and chips",
              "pierogi from the Polish deli", "a big salad", "dumplings", "brownies", "a bottle of Malbec"],
})

CLUB_LIFE = scenes("""
A: Anyone else doing the Chicago marathon in October? I just got my bib 🏃‍♀️
B: I'm doing the half in Lincoln Park in June, that's enough for me
C: Long run Saturday along the lakefront? 12 miles, starting at Fullerton at 7am
---
A: My landlord raised the rent by $150 a month 😩
B: That's awful. Is it a rent-controlled building?
A: No such thing in Chicago sadly
C: My building has a 1 bedroom opening in June, $1,650. Want the number?
---
A: Happy birthday {B}!! 🎂📚
B: Thank you!! Celebrating with a stack of new books
C: Happy birthday!! Drinks on Friday?
---
A: Just finished {novel} on the plane, wow. Might suggest it for the club
B: Oh I loved that one
---
A: Any dentist recommendations near the Loop? Mine retired
B: Dr. Alvarez on Wabash, she's gentle and takes most insurance
---
A: Got tickets for the Cubs game on Sunday, anyone want the spare? $40
B: Me! I haven't been to Wrigley in years
---
A: Farmers market at Logan Square this Sunday, the strawberries are finally in 🍓
B: See you there at 10
""")


def whatsapp_bookclub():
    """Lines in the Android export style: M/D/YY, h:mm AM/PM, with system notices and media placeholders."""
    nb = "\u202f"  # newer Android exports put a narrow no-break space before AM/PM

    def stamp(t):
        return f"{t.month}/{t.day}/{t.strftime('%y')}, {t.hour % 12 or 12}:{t.minute:02d}{nb}{'AM' if t.hour < 12 else 'PM'}"

    out = []
    start = dt.datetime(2024, 1, 2, 10, 14)
    out.append(f"{stamp(start)} - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
               f"WhatsApp, can read or listen to them. Tap to learn more.")
    out.append(f"{stamp(start)} - Hannah created group \"Chapter & Verse 📚\"")
    out.append(f"{stamp(start)} - Hannah added Omar, Grace, Wei, Tomás and Bea")
    count = 0
    by_start = {scene[0][1].split(" ")[0]: scene for scene in CLUB_LOGISTICS}
    reminder, poll, late, thanks, sorry = (by_start[k] for k in ("Reminder!", "Poll", "Running", "Thanks", "I'm"))
    extras = [sc for sc in CLUB_LOGISTICS if sc not in (reminder, poll, late, thanks, sorry)]
    life = list(CLUB_LIFE)
    R.shuffle(life)
    R.shuffle(extras)
    titles = [b[0] for b in CLUB_BOOKS] + ["Yellowface"]
    others = ["Normal People", "The Midnight Library", "Yellowface", "A Little Life", "Babel", "Remarkably Bright Creatures"]
    timeline = {}

    def add(day, scene, slots, cast=None):
        turns = [(sp, fill(tx, dict(slots), {})) for sp, tx in play_raw(scene, CLUB, cast or {})]
        timeline.setdefault(day, []).extend(turns)

    for month, (book, author, host, place, comments) in enumerate(CLUB_BOOKS):
        first = dt.date(2024, 1 + month, 3)
        meeting = first + dt.timedelta(days=R.randint(16, 22))
        options = [titles[month + 1]] + R.sample([o for o in others if o != titles[month + 1]], 2)
        slots = {"book": book, "author": author, "host": host, "place": place, "weekday": meeting.strftime("%A"),
                 "next1": options[1], "next2": options[0], "next3": options[2]}
        for i, comment in enumerate(comments):
            day = first + dt.timedelta(days=R.randint(0, (meeting - first).days - 1) if i < 5 else
                                       (meeting - first).days + R.randint(0, 1))
            timeline.setdefault(day, []).append((R.choice(CLUB), comment))
        add(meeting - dt.timedelta(days=R.randint(2, 4)), reminder, slots, {"A": host})
        if R.random() < 0.6:
            add(meeting, late, slots)
        add(meeting + dt.timedelta(days=1), thanks, slots, {"D": host})
        if R.random() < 0.35:
            add(meeting + dt.timedelta(days=1), sorry, slots)
        if month + 1 < len(CLUB_BOOKS):
            add(meeting + dt.timedelta(days=R.randint(2, 5)), poll, slots)
        for _ in range(2):
            if extras and R.random() < 0.6:
                add(first + dt.timedelta(days=R.randint(0, 20)), extras.pop(), slots)
        for _ in range(2):
            if life:
                add(first + dt.timedelta(days=R.randint(0, 27)), life.pop(), slots)
    timeline.setdefault(dt.date(2024, 4, 9), []).append((None, "Wei changed the group description"))
    timeline.setdefault(dt.date(2024, 5, 2), []).append((None, "Hannah added Sara"))
    timeline.setdefault(dt.date(2024, 5, 2), []).append(("Sara", "Hi everyone! Thanks for having me 👋 Sara from Hannah's work"))
    for day in sorted(timeline):
        turns = timeline[day]
        for (speaker, text), t in zip(turns, clock_times(day, len(turns), 8, 22)):
            out.append(f"{stamp(t)} - {speaker}: {text}" if speaker else f"{stamp(t)} - {text}")
            count += 1 if speaker else 0
            if speaker and R.random() < 0.04:
                out.append(f"{stamp(t)} - {speaker}: <Media omitted>")
    return "\n".join(out) + "\n", count


def play_raw(scene, people, fixed):
    """Like play, but leaves {slot}s that are not roles for the caller to fill."""
    roles = sorted({r for r, _ in scene})
    cast = dict(fixed)
    free = [p for p in people if p not in cast.values()]
    R.shuffle(free)
    for r in roles:
        if r not in cast:
            cast[r] = free.pop() if free else R.choice(people)
    return [(cast[r], re.sub(r"\{([A-F])\}", lambda m: cast.get(m.group(1), m.group(0)), t)) for r, t in scene]


# --- someone and an assistant (ChatGPT data export) --------------------------------------------------

# (title, start, [(user, assistant), ...]); a third element in a pair marks an edited question whose
# first version (and its answer) stays in the export as an abandoned branch.
CHATGPT = [
    ("Python KeyError in pandas merge", "2024-02-05 21:14", [
        ("I'm merging two DataFrames with pd.merge(orders, customers, on='customer_id') and get KeyError: 'customer_id'. Both have that column, I checked with print(df.columns).",
         "The most common cause is an invisible difference in the column name: a trailing space ('customer_id ') or a BOM at the start of a CSV header ('\\ufeffcustomer_id'). Try print([repr(c) for c in customers.columns]). If you see extra characters, clean them with customers.columns = customers.columns.str.strip() or read the file with encoding='utf-8-sig'."),
        ("You were right, it was '\\ufeffcustomer_id'. Fixed with utf-8-sig. Now the merge works but I get more rows than orders had.",
         "That means customer_id isn't unique in customers: each order matches several customer rows. Check with customers['customer_id'].duplicated().sum(). If duplicates are expected (for example, address history), keep only the latest row per customer before merging, or pass validate='many_to_one' to pd.merge so it raises an error instead of silently multiplying rows."),
        ("There are 312 duplicates, old addresses. How do I keep the latest by updated_at?",
         "Sort and drop duplicates: customers_latest = customers.sort_values('updated_at').drop_duplicates('customer_id', keep='last'). Make sure updated_at is a datetime first (pd.to_datetime(customers['updated_at'])), otherwise string sorting can put '2023-10' before '2023-9'."),
        ("Perfect, row count matches now. Thanks!",
         "Glad it works! Keep validate='many_to_one' in the merge as a guard, so the same problem fails loudly next time."),
    ]),
    ("Sourdough starter smells like acetone", "2024-02-11 09:02", [
        ("My sourdough starter smells like nail polish remover. Is it dead?",
         "It's almost certainly alive, just hungry. The acetone smell comes from the yeast and bacteria running out of food and producing more ethyl acetate. Discard all but about 50 g, feed it 50 g flour and 50 g water, and keep it somewhere around 24–26 °C. After two or three feedings 12 hours apart it should smell sour and yeasty again."),
        ("How do I know when it's ready to bake with?",
         "Look for it to double in volume within 4–8 hours of a feeding, with lots of bubbles on the sides and a domed top. A small spoonful should float in water (the float test isn't perfect but it's a good sign). Use it at or just after its peak."),
        ("I'm going to Lisbon for two weeks. Can I keep it in the fridge?",
         "Yes. Feed it, let it sit at room temperature for an hour, then put it in the fridge with the lid on loosely. Two weeks is fine. When you're back, discard most of it and do two or three feedings at room temperature before baking. A grey liquid (hooch) on top is normal, just pour it off."),
        ("Can I use whole wheat flour instead of white for feeding?",
         "You can, and the starter will usually get more active because whole wheat has more nutrients and wild yeast. It also absorbs more water, so use a bit more water (for example 50 g flour to 60 g water) to keep the same consistency."),
    ]),
    ("Budget for moving to Manchester", "2024-04-28 20:40", [
        ("I'm moving to Manchester for a new job, salary £52,000. Help me make a monthly budget. Rent will be about £950.",
         "On £52,000 your take-home pay in England for 2024/25 is roughly £3,290 a month after income tax and National Insurance (less if you pay into a pension or student loan). A possible split: rent £950, council tax £130 (Band B in Manchester), energy £90, broadband and phone £45, food £300, transport £80 (tram pass), pension top-up or savings £600, going out and hobbies £350, clothes and personal £100, and a buffer of about £150. That leaves around £500 for bigger goals such as a house deposit."),
        ("I also have a student loan, plan 2.",
         "Plan 2 repayments are 9% of earnings above £27,295 a year. On £52,000 that's about £185 a month, taken through payroll. So your take-home is closer to £3,105. I'd take most of that from the 'bigger goals' line, so you still save something each month."),
        ("Is a Lifetime ISA worth it if I want to buy a flat in 3 years?",
         "If you're under 40 and the flat will cost £450,000 or less, yes, usually. You can put in up to £4,000 a year and the government adds 25% (up to £1,000 a year). The account must be open for 12 months before you use it for a purchase. The catch: withdrawing for anything else costs a 25% penalty on the withdrawn amount, which is more than the bonus."),
    ]),
    ("Birthday toast for my grandmother's 80th", "2024-06-20 22:15", [
        ("I need to give a short toast at my Nani's 80th birthday party. She moved from Gujarat to Leicester in 1972, raised three kids, ran a sari shop on Belgrave Road for 25 years, and makes the best gajar halwa. About 2 minutes, warm and a bit funny.",
         "Here's a draft:\n\nGood evening everyone! For those who don't know me, I'm Kavya, one of Nani's grandchildren, and yes, the one who still can't make her gajar halwa properly.\n\nIn 1972 Nani arrived in Leicester with two suitcases, a recipe book in her head and more courage than any of us can imagine. She raised three children, ran a sari shop on Belgrave Road for 25 years, and somehow still found time to know every single thing happening in this family, usually before it happened.\n\nNani, you taught us that hard work and kindness go together, that there is always room for one more at the table, and that no dish is finished without 'a little more ghee'.\n\nPlease raise your glasses: to 80 years of strength, love and the best halwa in the Midlands. Happy birthday, Nani!"),
        ("Love it. Can you add something about her learning to use WhatsApp last year?",
         "Add this after the sari shop line:\n\nAnd last year, at 79, she decided to join the family WhatsApp group. Since then, none of us has been safe. Good morning messages at 6 a.m., voice notes of five minutes, and the fastest 'seen' in the family."),
    ]),
    ("Explain blood test: cholesterol 5.9", "2024-06-25 19:03", [
        ("My dad's blood test says total cholesterol 5.9 mmol/L, LDL 3.8, HDL 1.1. The GP wants him on statins. He's 61 with high blood pressure. Is that reasonable?",
         "I can't give medical advice for your dad specifically, but I can explain the numbers. In the UK, a total cholesterol under 5 mmol/L and LDL under 3 are generally considered healthy, so 5.9 and 3.8 are moderately raised. GPs usually decide on statins using a 10-year cardiovascular risk score (QRISK3), which includes age, blood pressure, smoking, diabetes and family history. At 61 with high blood pressure, his risk is likely above the 10% threshold where NICE recommends offering a statin. It's a common and well-studied treatment; his GP is the right person to talk through side effects and alternatives."),
        ("He's worried about muscle pain side effects.",
         "That's a common worry. In large blinded trials, muscle symptoms were reported almost as often by people taking a placebo as by those taking the statin, so most aches are not caused by the drug. Still, if he gets muscle pain, he should tell his GP: they can check a blood test (CK), lower the dose, or switch to a different statin. He shouldn't just stop taking it without talking to them."),
        ("What diet changes help the most?",
         "The changes with the best evidence: swap saturated fats (butter, ghee, fatty meat, cheese) for unsaturated ones (olive or rapeseed oil, nuts, seeds), eat more soluble fibre (oats, beans, lentils, barley), aim for two portions of oily fish a week, and cut down on salt for the blood pressure. Dal and rajma are great; the amount of ghee on top matters more than the dish."),
    ]),
    ("Lisbon 4-day itinerary", "2024-05-02 12:30", [
        ("Plan 4 days in Lisbon for 4 friends in their early 30s, staying in Alfama, in June. We like food, views, a bit of history, not too many museums.",
         "Day 1, Alfama and Baixa: Miradouro de Santa Luzia and Portas do Sol in the morning, São Jorge Castle, lunch at a tasca in Alfama, walk down to Praça do Comércio, sunset at Miradouro da Graça, dinner and fado in Alfama.\nDay 2, Belém: Jerónimos Monastery (book ahead), pastéis de nata at Pastéis de Belém, the Belém Tower from outside, LX Factory in the afternoon, dinner at Cervejaria Ramiro.\nDay 3, Sintra: early train from Rossio, Pena Palace at opening, Quinta da Regaleira, back for dinner in Príncipe Real.\nDay 4, slow day: Time Out Market for lunch, Feira da Ladra if it's Tuesday or Saturday, Miradouro da Senhora do Monte at sunset."),
        ("The 12th of June is Santo António. How should we adjust?",
         "Great timing! The night of 12 June is the big party: Alfama, Mouraria and Graça fill with street stalls selling grilled sardines, caldo verde and beer, with music until late. Keep that evening free and stay in Alfama. On the 13th, plan something relaxed, like Belém or a beach afternoon in Cascais, because you'll be tired. Book restaurants elsewhere, since many Alfama places switch to street food that night."),
    ]),
    ("SQL: customers with no orders in 90 days", "2024-03-14 15:47", [
        ("Postgres: tables customers(id, name, email) and orders(id, customer_id, created_at). I need customers whose last order was more than 90 days ago, including customers who never ordered.",
         "One way:\n\nSELECT c.id, c.name, c.email, MAX(o.created_at) AS last_order\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id\nGROUP BY c.id, c.name, c.email\nHAVING MAX(o.created_at) IS NULL OR MAX(o.created_at) < now() - interval '90 days';\n\nThe LEFT JOIN keeps customers without orders; for them MAX(o.created_at) is NULL."),
        ("It's slow, 4 seconds on 2 million orders.",
         "Add an index that lets Postgres find each customer's latest order quickly: CREATE INDEX ON orders (customer_id, created_at DESC);. Then a NOT EXISTS form is often faster:\n\nSELECT c.* FROM customers c\nWHERE NOT EXISTS (\n  SELECT 1 FROM orders o\n  WHERE o.customer_id = c.id AND o.created_at >= now() - interval '90 days'\n);\n\nIt returns the same customers (including those who never ordered) and can stop at the first recent order. Check with EXPLAIN ANALYZE."),
    ]),
    ("Kitten names", "2024-05-19 18:22", [
        ("Name ideas for a grey kitten with white paws? We like food names.",
         "Some food names for a grey kitten with white paws: Earl Grey, Pepper, Sesame, Truffle, Biscotti, Mochi, Dumpling, Oreo (for the paws), Porcini, Chai, Nutmeg, Gnocchi."),
        ("We're between Mochi and Earl Grey.",
         "Earl Grey suits a grey cat perfectly and shortens nicely to 'Earl'. Mochi is softer and very cute for a round kitten. Try calling both out loud across the room for a day: the one that feels natural when you're calling it to dinner usually wins."),
    ]),
    ("Half marathon training plan", "2024-03-03 07:55", [
        ("I can run 8 km comfortably. I want to run a half marathon on 9 June. 3 runs a week max. Plan?",
         "You have 14 weeks, which is plenty. Each week: one easy run (30–45 minutes, conversational pace), one workout (intervals or tempo, for example 6 × 3 minutes faster with 2 minutes easy, or 20 minutes at comfortably hard), and one long run. Build the long run from 9 km by about 1.5 km a week to 18 km by week 11, with an easier week every fourth week. Weeks 13–14: cut volume by a third, keep a bit of pace. Race day: start slower than you think."),
        ("My knee hurts on the outside after long runs.",
         "Pain on the outside of the knee in runners is often iliotibial band irritation, but I can't diagnose it. Common helpful steps: reduce the long run for a week or two instead of pushing through, avoid downhill and cambered roads, check your shoes (over 600–800 km?), and add strength work for the hips and glutes (side planks, clamshells, single-leg squats) twice a week. If it persists or hurts when walking, see a physiotherapist."),
        ("What should I eat the morning of the race?",
         "Something familiar, eaten 2–3 hours before the start: for example porridge with banana and honey, or toast with peanut butter and jam, plus water. Don't try anything new on race day. For a half marathon many people also take a gel or a few sweets around 10 km."),
    ]),
    ("Email to landlord about damp", "2024-01-22 20:10", [
        ("Write a polite but firm email to my landlord about black mould in the bedroom. I reported it on 4 December and nothing happened. Flat 3, 27 Carlton Road.",
         "Subject: Damp and mould in the bedroom, Flat 3, 27 Carlton Road (second request)\n\nDear Mr Hughes,\n\nI'm writing to follow up on my report of 4 December about black mould on the bedroom wall and ceiling of Flat 3, 27 Carlton Road. Since then it has spread, and I have not received a reply or a visit.\n\nDamp and mould can affect health, and under the Landlord and Tenant Act 1985 and the Homes (Fitness for Human Habitation) Act 2018 the landlord is responsible for repairs of this kind. Please could you arrange for someone to inspect the problem and let me know, within 14 days, when the work will be carried out.\n\nI've attached photos taken today. I'm happy to give access at a convenient time.\n\nKind regards,\n[Your name]"),
        ("He replied that it's because I dry clothes inside. What now?",
         "Reply calmly and keep everything in writing. You can say that you ventilate daily and use the extractor fan, but that the mould appeared on an external wall and started after the heavy rain, which suggests penetrating damp or a building defect. Ask again for an inspection. If he still doesn't act, contact your council's private housing team: they can inspect and require the landlord to fix serious hazards. Keep photos with dates."),
    ]),
]

# The edited question in "Lisbon 4-day itinerary": the first version of the second question, and its answer,
# stay in the export as a branch the user left.
CHATGPT_ABANDONED = {
    "Lisbon 4-day itinerary": (
        1,
        "Is 4 days in Lisbon too long? Should we add Porto instead?",
        "Four days is a good length for Lisbon with a Sintra day trip, but if you'd rather see more, you could do "
        "3 days in Lisbon and 2 in Porto: the Alfa Pendular train takes about 3 hours. Porto is smaller, hillier "
        "and known for port wine cellars in Vila Nova de Gaia, the Ribeira waterfront and francesinha sandwiches.",
        [("Ok, and what's the best way to get from Lisbon airport to Alfama?",
          "The metro red line to Alameda, then green line to Baixa-Chiado and a walk uphill; or a taxi/Uber for "
          "about €12–15, which is easier with luggage and 84 stairs waiting for you.")],
    ),
}


def chatgpt_export():
    import uuid
    ids = random.Random(7)

    def uid():
        return str(uuid.UUID(int=ids.getrandbits(128), version=4))

    def node(parent, role, text, t):
        nid = uid()
        message = None
        if role:
            message = {"id": nid, "author": {"role": role, "name": None, "metadata": {}},
                       "create_time": t, "update_time": None,
                       "content": {"content_type": "text", "parts": [text]},
                       "status": "finished_successfully", "end_turn": True if role == "assistant" else None,
                       "weight": 1.0, "metadata": {}, "recipient": "all", "channel": None}
        return nid, {"id": nid, "message": message, "parent": parent, "children": []}

    conversations = []
    turns = 0
    for title, start, pairs in CHATGPT:
        t = dt.datetime.strptime(start, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc).timestamp()
        mapping = {}
        root, n = node(None, None, None, None)
        mapping[root] = n
        sid, sn = node(root, "system", "", t)
        sn["message"]["metadata"]["is_visually_hidden_from_conversation"] = True
        mapping[sid] = sn
        mapping[root]["children"].append(sid)
        parent = sid
        abandoned = CHATGPT_ABANDONED.get(title)
        for i, (question, answer) in enumerate(pairs):
            t += R.randint(60, 600)
            if abandoned and abandoned[0] == i:
                branch_parent = parent
                for q, a in [(abandoned[1], abandoned[2])] + abandoned[3]:
                    qid, qn = node(branch_parent, "user", q, t)
                    aid, an = node(qid, "assistant", a, t + 9.5)
                    mapping[qid], mapping[aid] = qn, an
                    mapping[branch_parent]["children"].append(qid)
                    qn["children"].append(aid)
                    branch_parent = aid
                    t += R.randint(60, 300)
            qid, qn = node(parent, "user", question, t + R.random())
            aid, an = node(qid, "assistant", answer, t + R.randint(4, 20) + R.random())
            mapping[qid], mapping[aid] = qn, an
            mapping[parent]["children"].append(qid)
            qn["children"].append(aid)
            parent = aid
            turns += 2
        conversations.append({
            "title": title, "create_time": mapping[sid]["message"]["create_time"], "update_time": t + 30,
            "mapping": mapping, "moderation_results": [], "current_node": parent, "plugin_ids": None,
            "conversation_id": uid(), "conversation_template_id": None, "gizmo_id": None, "is_archived": False,
            "safe_urls": [], "default_model_slug": "gpt-4o", "id": None,
        })
        conversations[-1]["id"] = conversations[-1]["conversation_id"]
    conversations.sort(key=lambda c: -c["update_time"])  # the export lists the newest first
    return json.dumps(conversations, ensure_ascii=False) + "\n", turns


# --- a podcast episode and a meeting (plain transcripts) ---------------------------------------------

PODCAST = """Rosa: Welcome back to Slow Travel, the podcast about seeing the world without rushing it or going broke. I'm Rosa.
Dev: And I'm Dev. Today we're talking about travelling on a budget without missing out, and we have a guest who has been to 61 countries on a teacher's salary.
Ife: Hi! I'm Ife Okafor, I teach chemistry at a secondary school in Croydon, and I spend every summer holiday on the road.
Rosa: 61 countries. How do you even start?
Ife: With a spreadsheet, honestly. Every January I set a budget for the summer, usually £2,500 for five weeks, flights included, and I work backwards from that.
Dev: £2,500 for five weeks including flights? That's £70 a day.
Ife: Around that, yes. Some places are cheaper, like Georgia or Vietnam, where I spend maybe £30 a day, and that pays for a week somewhere expensive like Norway.
Rosa: Let's start with flights, because that's where most people's budget goes.
Ife: Flexibility is everything. I never search for a date, I search for a month. Skyscanner's "whole month" view, or Google Flights' date grid. Moving by two days can save £200.
Dev: Do you use the "everywhere" search?
Ife: All the time. Last year I typed London to Everywhere in July and Tbilisi came up at £89 return. I hadn't even thought about Georgia, and it became one of my favourite trips.
Rosa: What did you love about Georgia?
Ife: The food first. Khachapuri, the cheese bread shaped like a boat with an egg in the middle, and khinkali dumplings, where you hold the top and drink the broth first. And the hospitality. A family in Kazbegi invited me to dinner after I asked for directions.
Dev: I'm hungry already.
Ife: A guesthouse in Kazbegi with dinner and breakfast was 60 lari, about £18.
Rosa: Accommodation is the second big cost. Hostels, guesthouses, house-sitting?
Ife: A mix. Hostels with private rooms when I'm in cities, guesthouses in the countryside. And I did house-sitting twice, in Portugal and in New Zealand: you look after someone's pets and you stay for free.
Dev: How does house-sitting work, practically?
Ife: There are platforms like TrustedHousesitters, you pay about £130 a year, build a profile with references, and apply for sits. In Portugal I looked after two cats and a very old dog called Bolacha near Sintra for three weeks.
Rosa: Bolacha means biscuit, right?
Ife: Yes! Biscuit the dog. He slept 20 hours a day, the perfect job.
Dev: Let's talk about food on a budget, because that's where I always overspend.
Ife: My rule is one proper restaurant meal a day, usually lunch, because lunch menus are cheaper. In Lisbon the prato do dia, dish of the day, is €9 or €10 with soup and coffee in a local tasca. Dinner is something from the market.
Rosa: The menu del día in Spain works the same way.
Ife: Exactly. And in Asia, street food is both the cheapest and the best food. In Hanoi I had bún chả for 40,000 dong, about £1.30, at a place with tiny plastic stools.
Dev: Do you ever worry about getting sick from street food?
Ife: I follow a simple rule: eat where the locals queue, and where the food is cooked hot in front of you. I've been ill once in 61 countries, and that was from a hotel buffet.
Rosa: Ha! Let's talk about money itself. Cards, cash, fees.
Ife: I use two cards with no foreign transaction fees, kept in different places, in case one is stolen. And I always choose to pay in the local currency when the card machine asks. If you choose pounds, the shop's bank picks the exchange rate, and it's usually 5 to 8 percent worse.
Dev: That's dynamic currency conversion, right? It catches everyone.
Ife: Yes. Same at ATMs: decline the conversion. And use bank ATMs, not the Euronet ones in tourist areas, which charge a lot.
Rosa: What about travel insurance? People skip it to save money.
Ife: Never skip it. I pay about £90 a year for annual multi-trip insurance. In 2019 I broke my wrist hiking in Peru, and the hospital bill in Cusco was over $4,000. Insurance paid all of it.
Dev: Oh no. How did you break it?
Ife: Slipped on wet stones on the Inca trail on day two. I finished the trek with my arm in a sling made from a scarf.
Rosa: That's dedication.
Ife: Or stupidity. The guide was not impressed.
Dev: Let's take a quick break. After the break: Ife's favourite cheap destinations and the biggest mistakes she's made.
Rosa: And we're back. Ife, top three destinations for people on a budget?
Ife: Number one, Georgia, for everything we said. Number two, Albania: beaches in Ksamil that look like the Maldives, and a seafood dinner costs €12. Number three, Mexico outside the big resorts, so Oaxaca and Chiapas.
Dev: Oaxaca! The mole!
Ife: Seven kinds of mole. And the markets. I took a cooking class with a woman called Doña Celia for 600 pesos, and we made mole negro from scratch. It took the whole day.
Rosa: And the biggest mistakes?
Ife: Overplanning. My first big trip I booked every night in advance and I couldn't stay longer anywhere I loved. Now I book the first two nights and keep the rest open.
Dev: And the second?
Ife: Not checking visa rules. I was refused boarding to a flight to Vietnam because my e-visa had my passport number wrong by one digit. I had to rebook and lost £240.
Rosa: Painful. Check your documents, everyone.
Ife: Third mistake: trying to see too much. Six countries in four weeks sounds exciting, but you spend half your time on buses.
Dev: Which is the whole point of slow travel.
Rosa: Listener question from Marta in Bristol: "How do you travel solo as a woman without feeling unsafe?"
Ife: Good question. I share my live location with my sister, I arrive in new places during the day, and I choose hostels with good reviews from other solo women. And I trust my gut: if a place feels wrong, I leave, even if I've paid.
Dev: Another question, from James: "Is it worth getting a rail pass in Europe?"
Ife: It depends. Interrail is great if you move a lot, and the Global Pass for one month is around €500 for adults, less for under-28s. But if you only take three or four trains, point-to-point tickets booked early are cheaper. And reservations for fast trains in Italy and France cost extra, even with a pass.
Rosa: Ife, what's next for you this summer?
Ife: Central Asia! Uzbekistan: Tashkent, Samarkand, Bukhara and Khiva. The trains between them are modern and cheap, and I've wanted to see the Registan since I was a teenager.
Dev: Send us photos.
Ife: I will. And I'll be eating plov every day.
Rosa: Where can people find you?
Ife: I'm @ifetravelsslow on Instagram, and I write up my budgets on my blog, with every receipt.
Dev: Every receipt. That's the chemistry teacher in you.
Ife: Exactly, data or it didn't happen!
Rosa: Thank you so much, Ife. And thank you all for listening. Next week: night trains in Europe, from the Caledonian Sleeper to the Nightjet to Vienna.
Dev: Take it slow, everyone. Bye!"""

MEETING = """Community garden committee, monthly meeting
Thursday 11 April 2024, St Luke's church hall, 7 pm
Present: Margaret (chair), Colin, Aisha, Jürgen, Fran, Nikhil

Margaret: Right, let's start, it's 7:05. Apologies from Pete, he's got the flu. First item: the water problem.
Colin: The tap by the greenhouse has been leaking since February. I turned it off at the stopcock, so now plots 10 to 18 have no water at all.
Aisha: We've been carrying watering cans from the shed tap. It's fine now, but in June it'll be impossible.
Margaret: Did we get a quote?
Colin: Yes, from Dave Brennan Plumbing: £340 to replace the pipe and the tap, including a new isolation valve. He can do it on the 23rd.
Jürgen: Can we afford that?
Fran: We have £1,212 in the account after the seed order. So yes, but it doesn't leave much for the shed roof.
Margaret: Proposal: accept Dave's quote for £340. All in favour?
Colin: In favour.
Aisha: Yes.
Nikhil: Yes.
Margaret: Carried. Colin, can you confirm with Dave and be there on the 23rd?
Colin: Will do.
Margaret: Second item, the plot waiting list.
Nikhil: We have 23 people on the waiting list now. The oldest is from March 2022, Mrs Okonkwo on Elm Road.
Aisha: Plot 7 has been empty all winter. The tenant moved to Bristol and never told us.
Margaret: Then we offer plot 7 to Mrs Okonkwo. Nikhil, can you write to her?
Nikhil: Yes. Should we split big plots in half? Plot 3 and plot 12 are huge and people struggle to keep them.
Jürgen: I'm against it. Half plots are too small for potatoes.
Fran: Nobody needs 60 square metres of potatoes, Jürgen.
Jürgen: I do!
Margaret: Let's ask the tenants of 3 and 12 whether they'd like to share voluntarily. No forced splits. Agreed?
Aisha: Agreed.
Margaret: Item three: the open day. Fran?
Fran: Saturday 15 June, 11 to 4. Plant sale, a cake stall, and the kids' scarecrow competition again. Last year we raised £486.
Aisha: My daughter's class wants to do a bug hotel workshop. Year 4 at Brookfield Primary.
Margaret: Lovely. Does the school need anything from us?
Aisha: Bamboo canes, pine cones, old bricks. I can collect them.
Nikhil: Who's doing the cakes? Last year we ran out by 1 o'clock.
Fran: I'll ask everyone for two cakes each instead of one. And we need someone with a food hygiene certificate for the tea urn.
Colin: I've got one from the football club.
Margaret: Great. Item four: the shed roof.
Jürgen: The felt is torn on the north side. After the storm in January rain came in, and the seed potatoes got mouldy.
Colin: Re-felting costs about £180 in materials if we do it ourselves. A roofer quoted £650.
Margaret: We'll do it ourselves. Work party on Sunday 28 April at 10?
Jürgen: I'll bring my ladder and the nail gun.
Aisha: I can do the morning only, I'm at my mum's in the afternoon.
Margaret: Fine. Item five: compost.
Nikhil: Someone keeps putting cooked food and meat in the compost bins. We had rats by bin 2 last month.
Fran: Ugh. I saw one by the blackberries.
Margaret: New signs on the bins: vegetable and garden waste only, no cooked food. And Nikhil, can you email everyone?
Nikhil: Sure. I'll attach a photo of the rat. That should work.
Margaret: Any other business?
Aisha: The bees! The beekeeping club asked if they can put two hives in the corner by the apple trees.
Jürgen: As long as they're away from the path. My grandson is allergic.
Aisha: They said at least 10 metres from the path, with a hedge in front so the bees fly up and over.
Margaret: Let's invite them to the May meeting to explain. Everything else can wait. Next meeting: Thursday 9 May, same place, 7 pm.
Fran: I'll bring biscuits.
Margaret: Thanks all. Meeting closed at 8:20."""


def podcast_transcript():
    out = ["Slow Travel, episode 42: Travelling on a budget without missing out", ""]
    t = 0
    count = 0
    for line in PODCAST.split("\n"):
        h, m, sec = t // 3600, t % 3600 // 60, t % 60
        out.append(f"[{h:02d}:{m:02d}:{sec:02d}] {line}")
        out.append("")
        t += 8 + len(line) // 14 + R.randint(0, 6)
        count += 1
    return "\n".join(out), count


# --- writing everything ------------------------------------------------------------------------------

def main():
    counts = {}
    write("dinner-plans.json", dump_json(dinner(DINNER_EN, "dinner-plans", "Birthday dinner plans (Mohan and Sita)")))
    counts["dinner-plans.json"] = len(DINNER_EN)
    write("dinner-plans-zh.json", dump_json(dinner(DINNER_ZH, "dinner-plans-zh", "生日晚餐计划(Mohan 和 Sita)")))
    counts["dinner-plans-zh.json"] = len(DINNER_ZH)
    trip = trip_chat()
    write("portugal-trip.json", dump_json(trip))
    counts["portugal-trip.json"] = len(trip["turns"])
    text, n = team_chat()
    write("ledgerly-team.jsonl", text)
    counts["ledgerly-team.jsonl"] = n
    text, n = whatsapp_family()
    write("WhatsApp Chat with Sharma Family.txt", text)
    counts["WhatsApp Chat with Sharma Family.txt"] = n
    text, n = whatsapp_bookclub()
    write("WhatsApp Chat with Chapter & Verse.txt", text)
    counts["WhatsApp Chat with Chapter & Verse.txt"] = n
    text, n = chatgpt_export()
    write("chatgpt-export/conversations.json", text)
    counts["chatgpt-export/conversations.json"] = n
    text, n = podcast_transcript()
    write("slow-travel-podcast-ep42.txt", text)
    counts["slow-travel-podcast-ep42.txt"] = n
    write("garden-committee-2024-04.txt", MEETING + "\n")
    counts["garden-committee-2024-04.txt"] = sum(1 for l in MEETING.split("\n") if re.match(r"^[A-Z][a-zü]+: ", l))
    for name, n in counts.items():
        print(f"{n:6d}  {name}")
    print(f"{sum(counts.values()):6d}  turns in all")


if __name__ == "__main__":
    main()
