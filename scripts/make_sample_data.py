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
A: Booked dinner for Leo's birthday on the 11th: {lisbon_food} at 20:30, table for 4
B: Does he know?
A: No! Don't tell him, it's a surprise, I asked them for a candle in the dessert
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
    days = [dt.date(2024, 4, 2) + dt.timedelta(days=i) for i in range(70)]
    days = [d for d in days if d.weekday() < 5]
    bugs = list(BUGS)
    R.shuffle(bugs)
    open_bugs = []
    release = Deck(RELEASE_SCENES)
    randoms = list(RANDOM_SCENES)
    R.shuffle(randoms)
    channels = {"release": "#release: Ledgerly 3.2", "bugs": "#bugs", "random": "#random"}

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
            emit("release", [(p, standup_line()) for p in R.sample(TEAM, R.randint(2, 4))], day, 9)
        if release_left and (R.random() < 0.3 or len(days) - i <= release_left):
            emit("release", play(release.draw(), TEAM), day, 13)
            release_left -= 1
        if bugs and R.random() < 0.6:
            component, symptom, cause, fix = bugs.pop()
            n += R.randint(1, 9)
            slots = {"n": str(n), "symptom": symptom, "cause": cause, "fix": fix, "customer": R.choice(CUSTOMERS),
                     "pr": str(2100 + n % 500)}
            cast = dict(zip("ABC", R.sample(TEAM, 3)))
            emit("bugs", [(cast[l[0]], fill(l[3:], slots, cast)) for l in BUG_TRIAGE], day, 10)
            open_bugs.append((slots, cast["B"], i + R.randint(1, 4)))
        for slots, owner, due in [b for b in open_bugs if b[2] <= i]:
            open_bugs.remove((slots, owner, due))
            others = [p for p in TEAM if p != owner]
            cast = {"A": owner, "B": R.choice(others), "C": R.choice(others)}
            emit("bugs", [(cast[l[0]], fill(l[3:], dict(slots), cast)) for l in BUG_FIX], day, 15)
        if randoms and R.random() < 0.25:
            emit("random", play(randoms.pop(), TEAM), day, 11)
    lines.sort(key=lambda l: l["time"])
    counts = {}
    for l in lines:
        counts[l["conversation"]] = counts.get(l["conversation"], 0) + 1
        l["id"] = f"{l['conversation']}-{counts[l['conversation']]}"
    order = ["conversation", "title", "id", "speaker", "time", "text", "session"]
    return "".join(json.dumps({k: l[k] for k in order}, ensure_ascii=False) + "\n" for l in lines), len(lines)
