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

# The seed post's Chinese version, word for word, as it was published: a JSON array of strings.
DINNER_ZH = [
    "Sita,你决定好周六生日晚餐要去哪儿了吗?",
    "我不确定,对这里的餐厅不太熟悉。",
    "我们可以上网看看推荐。",
    "那听起来不错,我们就这么办吧!",
    "你生日那天想吃什么类型的菜?",
    "我特别喜欢墨西哥菜或者意大利菜。",
    "这个地方怎么样,Bella Italia?看起来不错。",
    "哦,我听说过那个地方!大家都说那儿很好!",
    "那我们订张桌子吧?",
    "好,我觉得这会是个完美的选择!我们打电话预定吧。",
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


# More conversations from the same export, added later; their times and ids come from a generator of their
# own so that the conversations above keep theirs.
CHATGPT_MORE = [
    ("Git: undo a bad rebase", "2024-04-09 23:41", [
        ("I ran git rebase -i main on my feature branch, squashed the wrong commits and force-pushed. Two days of work seem gone. Help!",
         "Don't panic, the commits are almost certainly still there. Git keeps a log of where HEAD has been: run git reflog and look for the line just before the rebase started, something like 'HEAD@{12}: rebase (start): checkout main'. The entry below it (for example HEAD@{13}) is your branch as it was. Check it with git log HEAD@{13}, and if it looks right, put your branch back with git reset --hard HEAD@{13}. Then force-push again with git push --force-with-lease."),
        ("The reflog is huge. How do I find the right one quickly?",
         "Filter it to your branch: git reflog show feature/invoice-export shows only the moves of that branch, and the line before 'rebase -i (finish)' is the old state. You can also search by date: git reflog --date=iso shows timestamps, so look for the last entry from before you started the rebase. If you remember a commit message, git log -g --grep='PDF export' searches the reflog by message."),
        ("Found it, HEAD@{7}. Reset worked and all 14 commits are back. How do I avoid this next time?",
         "Great! A few habits help: before any big rebase, make a backup branch (git branch backup/invoice-export) — it costs nothing. Use --force-with-lease instead of --force, so you never overwrite commits someone else pushed. And consider git rebase -i --autosquash with 'fixup!' commits, so Git decides which commits to squash instead of you editing the todo list by hand."),
        ("A colleague pulled the bad version before I fixed it. What does she do?",
         "She should not merge, or she'll bring back the squashed mess. If she has no local work on the branch: git fetch then git reset --hard origin/feature/invoice-export. If she does have local commits: git fetch then git rebase --onto origin/feature/invoice-export <old-bad-tip> so only her own commits are replayed on top of the fixed branch. git log --oneline --graph --all makes it easy to see which commits are hers."),
    ]),
    ("Surprise 40th in Edinburgh", "2024-07-30 21:05", [
        ("I'm planning a surprise 40th for my husband Stuart on Saturday 19 October in Edinburgh. 14 people, budget around £1,200 for dinner and something fun before. He loves whisky, seafood and terrible puns.",
         "Here's a plan that fits £1,200 for 14 people (about £85 a head):\n\n1. 4 pm – whisky tasting. The Scotch Whisky Experience on the Royal Mile does group tastings from about £30–£45 per person; a private room for 14 needs booking well ahead. Alternatively, the Johnnie Walker Princes Street has a rooftop bar for a drink afterwards.\n2. 7 pm – seafood dinner in Leith. The Ship on the Shore or Fishers in Leith both take groups; a set menu for 14 would be around £50–£60 a head before drinks.\n3. Puns: ask everyone to bring a pun-based card ('You're not old, you're a classic malt'), and get a cake with a whisky-barrel design reading 'Aged 40 years, still full of spirit'.\n\nThat's roughly £560 for tastings and £760 for dinner; trim by choosing the cheaper tasting or a set menu with fewer courses."),
        ("How do I get him to the Royal Mile without him suspecting?",
         "Give him a believable smaller plan. For example: tell him you've booked 'just the two of us' for an early dinner in the Old Town, and that you want to stop at a whisky shop first to pick a bottle for his dad. Meet the group at the tasting venue already seated. Ask one friend to text you 'in position' so you can time the walk in. Avoid anything that needs him to dress up more than usual, or he'll suspect."),
        ("Three friends are coming from London. Train or fly?",
         "From London, the LNER train from King's Cross to Edinburgh Waverley takes about 4 h 20 min and arrives right in the city centre, a 10-minute walk from the Royal Mile. Advance singles booked 8–12 weeks ahead are often £40–£70. Flying is about 1 h 20 min, but with the trip to the airport, security and the tram from Edinburgh Airport (about 35 minutes), the door-to-door time is similar, and fares in October can be similar too. For a Saturday party, the train is usually less stressful."),
        ("Can you write a short, punny speech for me? 1 minute.",
         "Good evening, everyone, and thank you for coming to celebrate a man who is now officially vintage.\n\nStuart, when we met, you told me you were 'single malt'. Sixteen years later, you're still the best thing in my cabinet. You've aged beautifully: a little smoky, a bit peaty in the mornings, and you get better with every year in the cask.\n\nYou make me laugh every single day, mostly on purpose. So let's raise a glass — with a dram, obviously — to forty years of Stuart. Sláinte mhath!"),
        ("Perfect. Stuart is allergic to shellfish actually, only fish. Does that change the restaurant?",
         "It's worth telling the restaurant when you book, but you don't need to change it. Both seafood places in Leith have plenty of fish (hake, cod, halibut, smoked haddock) and meat dishes. Ask them to flag the allergy for his plate so the kitchen avoids cross-contamination, for example shellfish stock in sauces. Also check the set menu: if it's a sharing platter of langoustines and mussels, ask for an individual fish main for him instead."),
    ]),
    ("Ferritin 9, feeling exhausted", "2024-08-14 07:22", [
        ("My blood test came back: ferritin 9 ug/L, haemoglobin 118 g/L. I'm a 29-year-old woman, exhausted all the time, hair falling out. The GP prescribed ferrous fumarate 210 mg twice a day. What should I know?",
         "I can't advise on your treatment, but I can explain. Ferritin reflects your iron stores; below about 15 ug/L the stores are considered depleted, and a haemoglobin of 118 g/L is just under the usual lower limit for women (around 120), so this fits iron deficiency, possibly early anaemia. Fatigue and hair shedding are both common with it. Ferrous fumarate is a standard first treatment. Your GP will usually re-check your blood after 2–4 weeks to see whether haemoglobin is rising, and look for the cause, such as heavy periods or low dietary iron."),
        ("It makes me nauseous and constipated. Any tips?",
         "Those are the most common side effects. Things people often find helpful, which you can discuss with your GP or pharmacist: taking it with a small amount of food (it slightly reduces absorption, but helps nausea), drinking more water and eating more fibre for constipation, and asking whether once-daily or alternate-day dosing would suit you; some studies suggest alternate-day doses are absorbed almost as well with fewer side effects. Don't stop without telling them if it's really bad, as there are other iron preparations they can switch you to."),
        ("What should I eat to help?",
         "Iron from meat and fish (haem iron) is absorbed best: red meat, dark chicken meat, sardines and mackerel. Plant sources (lentils, chickpeas, tofu, spinach, fortified cereals, pumpkin seeds) are absorbed less well, but vitamin C in the same meal helps a lot, for example peppers, tomatoes or an orange. Tea and coffee block iron absorption, so have them at least an hour away from meals and from your tablets. Dairy and calcium also reduce absorption, so don't take the tablet with milk."),
        ("How long until I feel better?",
         "Many people notice more energy within 2–3 weeks as haemoglobin rises. Hair takes longer: shedding usually settles over 2–3 months, and regrowth is slow. To refill your stores, treatment usually continues for about three months after your haemoglobin is back to normal, so the whole course is often 3–6 months. If you don't feel better, or you feel short of breath or dizzy, go back to your GP sooner."),
    ]),
    ("Books like Piranesi", "2024-01-07 16:48", [
        ("I just finished Piranesi by Susanna Clarke and loved it. What should I read next? I also liked The Night Circus and The Ocean at the End of the Lane.",
         "If you loved Piranesi's strange, quiet atmosphere and a narrator slowly discovering the truth, try:\n\n- Jonathan Strange & Mr Norrell, also by Susanna Clarke: much longer, Regency England with magic and footnotes.\n- The Starless Sea by Erin Morgenstern: from the author of The Night Circus, with libraries, doors and stories within stories.\n- The Buried Giant by Kazuo Ishiguro: a misty, dreamlike quest about memory.\n- Gideon the Ninth by Tamsyn Muir, if you'd like something stranger and funnier.\n- The House in the Cerulean Sea by TJ Klune, for something warm and gentle.\n- Invisible Cities by Italo Calvino: short, poetic descriptions of imaginary cities."),
        ("Something short please, under 250 pages. I have a long train journey to Inverness.",
         "For a train journey, under 250 pages: The Ocean at the End of the Lane you've read, so try Coraline or Stardust by Neil Gaiman; The Buried Giant is a bit over 300, so skip it; Invisible Cities is about 165 pages; Convenience Store Woman by Sayaka Murata (about 160) is odd and funny; Foster by Claire Keegan (under 100) is perfect if you like quiet, beautiful writing. My top pick for you would be Invisible Cities, then Foster."),
        ("I read Foster on the way. Cried at Inverness station. More by Claire Keegan?",
         "Small Things Like These is the obvious next one: about 110 pages, set in an Irish town in 1985, about a coal merchant who discovers what's happening at the local convent laundry. It was shortlisted for the Booker Prize. She also has short-story collections, Antarctica and Walk the Blue Fields, and So Late in the Day, a single long story. All quiet, precise and devastating in the same way."),
    ]),
    ("Tomato leaves turning yellow", "2024-07-02 18:30", [
        ("My tomato plants in the greenhouse (Gardener's Delight and Moneymaker) have yellow lower leaves with brown spots. It's spreading upwards. First trusses have green fruit.",
         "Yellow lower leaves with brown spots that spread upwards are most often early blight (Alternaria) or septoria leaf spot, both fungal, and both helped by humid, still air. Less likely, if the spots are absent and the leaves just turn pale yellow between the veins, it's magnesium deficiency. What to do: remove the affected lower leaves up to the first truss (that's good practice anyway), put them in the bin rather than the compost, water at the base in the morning and not over the leaves, and ventilate the greenhouse well during the day."),
        ("The spots have rings like a target. Is the fruit safe to eat?",
         "Concentric 'target' rings point to early blight. The fruit is safe to eat, and the disease usually stays on the leaves; the risk is that the plant loses so many leaves that the fruit ripens poorly or gets sunscald. Keep removing affected leaves, avoid splashing soil onto the plants, and feed weekly with a tomato fertiliser. Don't confuse it with late blight (Phytophthora), which causes brown, greasy patches on stems and fruit and spreads very fast in wet weather; if you see that, the fruit can rot and the plants are usually pulled."),
        ("How do I stop it next year?",
         "Next year: don't grow tomatoes in the same greenhouse soil, or use fresh compost in grow bags or pots; clean the greenhouse frame and canes with a mild disinfectant in winter; give plants more space (about 45–60 cm apart) for airflow; mulch the soil so spores don't splash up; and water at the base. Some varieties have better resistance, for example 'Crimson Crush' for blight, if you want to try one alongside your favourites."),
    ]),
    ("Salary negotiation for senior designer offer", "2024-05-23 13:10", [
        ("I got an offer for a Senior Product Designer role at a fintech in Amsterdam: €68,000 base, 8% holiday pay, 27 days off. I currently earn €61,000 in Rotterdam. How do I negotiate?",
         "You're in a good position: they've decided they want you. A few steps:\n\n1. Check the market: senior product designers in Amsterdam fintech often see roughly €65,000–€85,000 base depending on company size and stage.\n2. Pick a specific number with a reason, such as €76,000, based on the market and your experience with payment flows.\n3. Say it warmly and briefly: 'I'm excited about the role. Based on the scope and what I'm seeing in the market, I was hoping for a base of €76,000. Is there room to get closer to that?'\n4. If base can't move, ask about other things: a signing bonus, a higher training budget, extra days off, or a salary review after six months.\n\nAlso check whether the 30% ruling could apply to you; it only applies to employees recruited from abroad, so if you already live in the Netherlands it most likely doesn't."),
        ("They came back with €72,000 and a €3,000 signing bonus. Should I push again?",
         "That's a solid move: they met you more than halfway on base and added a bonus. Pushing again on salary is possible but has diminishing returns. A good approach is to accept the money and ask for one non-salary item that matters to you, for example: 'Thank you, that works for me. Could we also agree on a salary review after six months?' or 'Could the training budget be €2,500 a year?' Get everything in the written offer before you resign from your current job."),
        ("How do I tell my current manager? I like her a lot.",
         "Tell her first, in person or on a video call, before anyone else hears. Keep it simple and grateful: 'I've accepted an offer for a senior role at another company. It wasn't an easy decision, and I've really valued working with you.' Have your notice period ready (often one month in the Netherlands, check your contract), and offer a handover plan. If she makes a counteroffer, think about why you started looking in the first place; money alone rarely fixes that."),
    ]),
    ("Kyoto with kids, 3 days", "2024-09-03 20:12", [
        ("We're in Kyoto for 3 days in late October with our kids (7 and 10). We're staying near Kyoto Station. What should we do? Budget is moderate.",
         "Kyoto with kids works well if you start early and mix temples with space to run around.\n\nDay 1: Fushimi Inari at 7:30 am before the crowds (10 minutes by JR Nara line from Kyoto Station). The kids can count the torii gates; go as far as the Yotsutsuji viewpoint, about 45 minutes up. Afternoon: Kyoto Railway Museum, a big hit with kids (¥1,500 adults, ¥500 children).\nDay 2: Arashiyama: the bamboo grove early, then the Iwatayama Monkey Park (a steep 20-minute climb, monkeys roam freely), and a boat on the Hozu river.\nDay 3: Nara day trip (45 minutes by train): the deer park and the giant Buddha at Todai-ji. Deer crackers are ¥200.\n\nFood: conveyor-belt sushi is cheap and fun for kids; Nishiki Market for snacks."),
        ("They love animals and trains but hate long walks. Can we skip Fushimi Inari?",
         "Absolutely. Swap it for a more relaxed plan: Day 1 morning at the Kyoto Railway Museum (they can ride a real steam train for a short run, ¥300), then the Kyoto Aquarium next door in Umekoji Park, with penguins and giant salamanders. The park itself has a big playground. Keep the Arashiyama monkeys but take a taxi from Saga-Arashiyama station to the park entrance to save some walking, and keep Nara: the deer are the highlight for most kids."),
        ("What about food if they're picky? They mostly eat rice, chicken and noodles.",
         "Japan is easy for that. Look for: karaage (fried chicken), yakitori (ask for 'momo', chicken thigh, with salt), udon and plain ramen, onigiri from convenience stores for breakfast and snacks, and kids' menus ('okosama set') in family restaurants like Saizeriya or Gusto. Conveyor-belt sushi places such as Sushiro have chicken, fries, corn, egg and desserts. Tell them to try one new thing a day: matcha ice cream is an easy win."),
        ("Is the Kansai area pass or an ICOCA card better for this?",
         "For your plan, ICOCA cards are simpler. Within Kyoto and for Nara you'll pay individual fares (Kyoto–Nara is ¥720 for adults on the JR Nara line, half for children), which won't add up to the price of most passes. Adults can buy ICOCA cards at ticket machines; children's ICOCA cards (half price) have to be bought at a staffed JR ticket office with a passport. Buses in Kyoto are crowded, so for short hops with kids, a taxi for four is often only ¥1,000–¥1,500 and saves a lot of stress."),
    ]),
    ("Hive won't stop making queen cells", "2024-05-14 19:44", [
        ("My second-year hive (British National) has 8 queen cells on the bottom of the frames, some capped. The colony is very strong, 11 frames of brood. I think they're going to swarm. What do I do?",
         "Capped queen cells along the bottom edges of frames in a crowded, strong colony are classic swarm preparations, and if cells are capped, the old queen may leave any day (or already have). The usual way to save the situation is an artificial swarm, for example the Pagden method:\n\n1. Move the old hive a metre away and put a new hive with empty frames or foundation on the original site.\n2. Find the old queen and put her, on one frame of brood with no queen cells, into the new hive. The flying bees return to the original site and join her, so the colony thinks it has swarmed.\n3. In the old hive, keep just one good, open (uncapped) queen cell and remove the others.\n4. After about a week, move the old hive to the other side of the new one, so its flying bees join the queen's colony.\n\nWork calmly, and check first whether the queen is still there."),
        ("I can't find the queen. She's not marked.",
         "That's very common with 11 frames of bees. Tips: go through the frames slowly and look at the edges of the brood area and the dark side of the frame; she often runs away from the light. If you still can't find her, look for eggs: standing eggs mean she was there in the last three days. Another option is to shake all the bees through a queen excluder into an empty box, but that's stressful for beginners. If there are no eggs and some cells have hatched, the colony has probably already swarmed; keep one or two good queen cells and leave them in peace."),
        ("There were eggs and I found her on the 9th frame! Did the split. What next?",
         "Well done! Now: feed the new hive with the old queen (1:1 sugar syrup) if there's no nectar flow, as it has few foragers at first. Don't open the old hive for about 3 weeks after the new queen hatches: she needs to mate on calm, warm days, and disturbing it can make her fail. Then look for eggs. In the UK in mid-May, you can expect a laying queen about 3–4 weeks after the cell is capped. Mark her when you find her, it will make your life much easier next May."),
    ]),
    ("Rename photos by EXIF date in Python", "2024-10-06 10:37", [
        ("I want to rename 3,000 holiday photos to their date taken, like 2024-08-17_14-32-05.jpg. Here's my script, it crashes:\n\nfrom PIL import Image\nimport os\nfor f in os.listdir('photos'):\n    img = Image.open(f)\n    date = img._getexif()[36867]\n    os.rename(f, date + '.jpg')",
         "There are three problems. First, os.listdir returns names without the folder, so Image.open(f) looks in the current directory; use os.path.join('photos', f). Second, _getexif() returns None for files without EXIF (screenshots, WhatsApp images), so [36867] fails with TypeError. Third, the EXIF date looks like '2024:08:17 14:32:05', with colons, which aren't allowed in file names on Windows. A fixed version:\n\nimport os\nfrom datetime import datetime\nfrom PIL import Image\n\nfolder = 'photos'\nfor name in sorted(os.listdir(folder)):\n    path = os.path.join(folder, name)\n    try:\n        with Image.open(path) as img:\n            raw = img.getexif().get_ifd(0x8769).get(36867)\n    except OSError:\n        continue\n    if not raw:\n        print('no date:', name)\n        continue\n    stamp = datetime.strptime(raw, '%Y:%m:%d %H:%M:%S').strftime('%Y-%m-%d_%H-%M-%S')\n    os.rename(path, os.path.join(folder, stamp + os.path.splitext(name)[1].lower()))"),
        ("It works but some photos were overwritten! I had 3,000 and now I have 2,964.",
         "That happens when two photos have the same timestamp, for example burst shots taken in the same second: the second rename replaces the first file on macOS and Linux. I'm sorry, that's a real risk I should have mentioned. Overwritten files don't go to the Trash, so you'll need a backup or the original source (phone or cloud) to get them back. To avoid it, add a counter when the name exists:\n\ntarget = os.path.join(folder, stamp + ext)\nn = 1\nwhile os.path.exists(target):\n    target = os.path.join(folder, f'{stamp}_{n}{ext}')\n    n += 1\nos.rename(path, target)\n\nAnd run it on a copy of the folder first, with a dry-run mode that only prints the old and new names."),
        ("Luckily they're all still on Google Photos. What about the iPhone HEIC files? Pillow can't open them.",
         "Install the pillow-heif plugin (pip install pillow-heif) and register it at the top of the script:\n\nfrom pillow_heif import register_heif_opener\nregister_heif_opener()\n\nAfter that, Image.open works on .heic files and getexif() returns the same tags. For videos (.mov, .mp4), EXIF doesn't apply; exiftool can read the creation date from them, for example exiftool '-FileName<CreateDate' -d '%Y-%m-%d_%H-%M-%S%%-c.%%e' photos/, which also adds a counter for duplicates automatically."),
    ]),
    ("Car insurance renewal went up 40%", "2024-02-19 18:55", [
        ("My car insurance renewal with Admiral went from £612 to £857 and I haven't made any claims. 2019 Ford Fiesta, I'm 34, live in Bristol, 9 years no claims. Is this normal?",
         "Unfortunately, big renewal increases were very common in 2023 and early 2024: average UK car insurance premiums rose by around a third over that period, driven by higher repair costs, more expensive parts and car theft. That doesn't mean you should accept it. Since January 2022, insurers in the UK can't charge existing customers more than new customers for the same cover (the FCA's 'price walking' ban), but prices for everyone went up, so the best way to check is to compare."),
        ("How do I get it down?",
         "Things that often help:\n1. Run a comparison on two or three sites (for example Compare the Market, MoneySuperMarket, Confused.com), as they don't all list the same insurers. Also check direct-only insurers such as Direct Line, which aren't on comparison sites.\n2. Get quotes 20–27 days before renewal; prices are often lowest then.\n3. Check your details: an accurate annual mileage (if you work from home now, it may be much lower), where the car is parked overnight (a driveway can help), and your exact job title, as some titles quote differently.\n4. Consider a higher voluntary excess, if you could afford it in a claim.\n5. Pay annually instead of monthly if you can: monthly payments often include interest of 10–20%.\n6. Then call Admiral with the best quote and ask if they can match it."),
        ("Found £598 with another insurer, same cover. Do I need to cancel Admiral?",
         "Check your renewal letter first: many insurers set up auto-renewal. If the renewal date hasn't passed, call Admiral or use their online account to turn off auto-renewal, so you aren't charged the £857. Make sure the new policy starts on the same day the old one ends, so you're never uninsured: even one day without cover is an offence if the car is on the road. Your no-claims discount proof will be in your renewal documents; the new insurer may ask for it within a few weeks."),
    ]),
    ("Dinner party for 8: vegan and coeliac guests", "2024-11-28 17:20", [
        ("I'm hosting 8 people on Saturday. One is vegan, one has coeliac disease. I don't want to cook three different meals. Ideas for one menu everyone can eat?",
         "You can do a full menu that's both vegan and naturally gluten-free, so nobody gets a 'special plate':\n\nStarter: roasted squash and red lentil soup with coconut milk, with toasted pumpkin seeds, and gluten-free bread on the side (check the label).\nMain: a big Moroccan-style chickpea and aubergine tagine with apricots, served with rice or quinoa (not couscous, which is wheat), and a herby salad with pomegranate.\nDessert: dark chocolate mousse made with aquafaba, or poached pears in red wine with coconut yoghurt.\n\nIf the others want meat, you could roast a chicken separately, but the tagine is hearty enough on its own."),
        ("How careful do I need to be for coeliac? Just no bread?",
         "It's more than avoiding bread: even small amounts of gluten can cause symptoms and gut damage for someone with coeliac disease. Watch for: stock cubes and gravy granules (many contain wheat; buy ones labelled gluten-free), soy sauce (use tamari labelled gluten-free), spice blends, oats unless labelled gluten-free, and beer. Avoid cross-contamination: use a clean chopping board and toaster, don't fry gluten-free bread in the same pan as normal bread, and serve the gluten-free bread on its own plate with its own butter or spread. When in doubt, ask your guest; most people with coeliac disease are happy to explain what matters to them."),
        ("And wine? Is wine vegan?",
         "Wine is always gluten-free, but not always vegan: some wines are fined (clarified) with animal products such as egg whites, gelatine, casein (from milk) or isinglass (from fish), and it isn't listed on the label. Many supermarket wines are labelled vegan now, especially in the Co-op and Waitrose ranges, and websites like Barnivore list vegan wines and beers. For beer, remember it usually contains barley, so it's not safe for your coeliac guest unless it's labelled gluten-free."),
    ]),
]

# The edited question in "Salary negotiation for senior designer offer": the first version of the second
# question, and the conversation after it, stay in the export as a branch the user left.
CHATGPT_MORE_ABANDONED = {
    "Salary negotiation for senior designer offer": (
        1,
        "They came back with €70,000. Is it rude to ask for a signing bonus on top?",
        "Not at all, a signing bonus is a normal request, and companies often find it easier to approve than a "
        "higher base because it's a one-off cost. You could say: 'Thanks for moving on the base. To bridge the gap, "
        "would a signing bonus of €5,000 be possible?' Keep the tone friendly and be ready to accept something "
        "smaller, like €3,000.",
        [("What if they say no to everything?",
          "Then decide whether €70,000 with this role is worth it compared with staying at €61,000. A 15% raise is "
          "already significant. You can still ask for a six-month review in writing, which costs them nothing now.")],
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
    more = random.Random(20241201)
    for k, (title, start, pairs) in enumerate(CHATGPT + CHATGPT_MORE):
        rng = R if k < len(CHATGPT) else more
        t = dt.datetime.strptime(start, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc).timestamp()
        mapping = {}
        root, n = node(None, None, None, None)
        mapping[root] = n
        sid, sn = node(root, "system", "", t)
        sn["message"]["metadata"]["is_visually_hidden_from_conversation"] = True
        mapping[sid] = sn
        mapping[root]["children"].append(sid)
        parent = sid
        abandoned = {**CHATGPT_ABANDONED, **CHATGPT_MORE_ABANDONED}.get(title)
        for i, (question, answer) in enumerate(pairs):
            t += rng.randint(60, 600)
            if abandoned and abandoned[0] == i:
                branch_parent = parent
                for q, a in [(abandoned[1], abandoned[2])] + abandoned[3]:
                    qid, qn = node(branch_parent, "user", q, t)
                    aid, an = node(qid, "assistant", a, t + 9.5)
                    mapping[qid], mapping[aid] = qn, an
                    mapping[branch_parent]["children"].append(qid)
                    qn["children"].append(aid)
                    branch_parent = aid
                    t += rng.randint(60, 300)
            qid, qn = node(parent, "user", question, t + rng.random())
            aid, an = node(qid, "assistant", answer, t + rng.randint(4, 20) + rng.random())
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


# --- flatmates in Glasgow (canonical JSON, one session per day) --------------------------------------

# Day blocks: "@YYYY-MM-DD" then "Name: text" lines, in order. Times within a day are generated.
FLAT = r"""
@2024-09-01
Zofia: Welcome to the flat group Ben! 🎉 This is where we argue about bins
Ben: Ha, thanks! Just picked up the keys from Clyde Lets. The agent said there should be three keys, I only got two: front door and flat door
Priya: The third one is for the bike store in the back court. Callum has the spare, I think
Callum: I do, it's on the hook by the fridge with the green tag. Take it
Ben: Found it. Also what's the Wi-Fi password? The sticker on the router is peeled off
Callum: Network is VM4471908, password is ThistleKettle2023. Don't judge, Zofia picked it
Zofia: It's a great password
Ben: Connected, thanks. Is the top shelf in the fridge mine now?
Priya: Yes, top shelf and the left cupboard above the kettle. I cleared out Aoife's old stuff, sorry if there's still a jar of mystery chutney
Ben: There is. I'll give it a respectful burial
Zofia: Also warning: Pickle will try to eat your shoelaces. She's harmless, just weird
Ben: I've been warned about the cat by three people now, I'm starting to think she runs this flat
Callum: She does
@2024-09-02
Priya: Bins: the blue recycling bin goes out Tuesday night, grey general waste Thursday night, brown food waste every Tuesday too
Priya: Glasgow is strict about the blue bin. Last year they refused to empty it because someone put a pizza box with cheese on it in
Callum: That someone was me. I have grown as a person
Ben: Noted. Blue = clean paper, cans, plastic bottles. Glass goes to the bottle bank on Duke Street?
Zofia: Yes, the one outside Tesco. We have a crate under the sink for glass
Ben: Tonight I'll take the blue bin out then, I want to make a good first impression
@2024-09-03
Callum: Right, money talk while we're all in a good mood. Rent is £1,720 for the whole flat, so £430 each, due on the 1st to Clyde Lets
Callum: Bills so far: Octopus energy direct debit £180 a month, Virgin Media broadband £41, TV licence £169.50 a year which we pay monthly, about £14
Ben: And council tax?
Priya: Band C, £1,513 for the year, paid over 10 months. But Zofia is a full-time student so she's exempt
Zofia: And since three of you aren't students there's no discount on the bill, it's just the full amount split three ways. I feel bad about that
Priya: We said last year you'd pay a bit more of the energy instead, that was fair
Zofia: Yeah let's keep that: I pay £55 of energy and you three pay £41.67 each
Ben: Works for me. How do we track all this?
Callum: Splitwise group called "2/1 Craigpark". I'll add you. Everything over £5 goes in there, we settle up at the end of the month
Ben: Added. I just put in £23.40 for bin bags, washing-up liquid and toilet roll from Lidl
Priya: A man who buys toilet roll in his first week. We chose well
@2024-09-04
Zofia: Has anyone seen my Tupperware with the lentil soup? Blue lid
Callum: ...define "seen"
Zofia: CALLUM
Callum: I thought it was communal! It was delicious by the way. I'll make you a pot of my chilli as compensation
Zofia: Acceptable. Label rule from now on: name + date on the lid means it's not communal
Ben: I'll get masking tape and a Sharpie
@2024-09-06
Ben: Er, the washing machine just flooded the kitchen floor. Water coming out from under the door during the spin cycle
Priya: Oh no. Is it still going?
Ben: I stopped it and turned off the tap behind it. Mopped up with all the towels. Sorry, I think it's my towels that are soaked now
Callum: It's done that once before, in April. The rubber door seal has a split at the bottom, the landlord said he'd replace it and didn't
Zofia: Take photos of the seal and the floor before you clean up more. We need it on record
Ben: Done, 6 photos. Who do I report it to?
Priya: Shona at Clyde Lets, repairs@clydelets.co.uk, and CC the group email so we all have it. Say it's a repeat of the April report
Ben: Sent. Meanwhile the launderette on Duke Street is £4.50 a wash if anyone's desperate
@2024-09-07
Callum: Any news from Shona about the washing machine?
Ben: She replied: the landlord, Mr Hendry, will "arrange a contractor next week". No date
Priya: Classic. Last time "next week" meant seven weeks
Zofia: Let's give it until Friday 13th and then chase in writing. Under the Repairing Standard they have to fix it in a reasonable time
@2024-09-08
Priya: I'm on nights Monday to Thursday this week, so please keep it quiet in the mornings 🙏 I'll be asleep 9 till 4
Ben: Of course. Which room are you again? I don't want to hoover outside your door
Priya: Front room by the door, the one with the bay window. Honestly just no hoovering and no loud music before 3 and we're friends
Callum: I'll do my mixing with headphones, promise
@2024-09-09
Zofia: Cleaning rota proposal, one area per person per week, rotating Mondays:\nKitchen (hob, surfaces, floor)\nBathroom (toilet, shower, sink)\nHall and living room (hoover, dust, recycling)\nBins and fridge clear-out
Zofia: Week of 9 Sep: me kitchen, Priya bathroom, Ben hall, Callum bins. Then everyone shifts one down
Callum: Why do I get bins first
Zofia: Because of the pizza box
Callum: Fair
Ben: I printed it and stuck it on the fridge, next to the takeaway menus
@2024-09-10
Ben: Does anyone know a good barber around here? I've got a client presentation on Friday and I look like a hedge
Callum: Dennistoun Barbers on Duke Street, ask for Kenny, £16 for a cut
Priya: Or the Turkish place on Alexandra Parade, they do the hot towel thing
Ben: Kenny it is
@2024-09-11
Zofia: Pickle was sick on the living room rug twice today. Sorry! I cleaned it with the enzyme spray
Priya: Poor thing. Is she ok?
Zofia: Eating and drinking normally. I think she ate a bit of the spider plant again. I moved it up to the top of the bookshelf
Ben: Is spider plant poisonous for cats?
Zofia: No, it's not toxic, but it makes her vomit. Lilies are the dangerous ones, so please nobody bring lilies into the flat, ever
Callum: Noted, no lilies. I'll buy you sunflowers on your birthday instead
@2024-09-13
Priya: Friday 13th: the washing machine has been broken for a week. Ben, want me to chase Shona?
Ben: I'll do it, it's my mess. Sending now: "Following my email of 6 September, the washing machine is still leaking and unusable..."
Ben: Also asked for a date by Wednesday 18th, and said otherwise we'll consider asking the Housing and Property Chamber
Zofia: Good. Nothing scares a letting agent like the First-tier Tribunal
@2024-09-14
Callum: Anyone in tonight? Thinking curry
Priya: Mother India's Cafe? Their lamb karahi changed my life
Ben: I'm in. Is it BYOB?
Callum: No, they have a licence. Table for 4 at 7:30? I'll book
Zofia: Yes please, I've been in the lab since 8 this morning, I need food that someone else cooked
Callum: Booked for 7:30, name Callum
@2024-09-15
Callum: Dinner was £96.40 all in with the tip, I paid. Putting it on Splitwise, £24.10 each
Priya: Worth every penny. That dal makhani
Ben: I'm still full
Zofia: Should we do a flat Sunday roast next week? I'll do the potatoes
Callum: I'll do a chicken and my legendary gravy
Ben: I can make an apple crumble, my gran's recipe
Priya: I'm on a late that day but save me a plate!
@2024-09-17
Ben: Washing machine news: Shona says a contractor from Fast Fix Appliances will come Friday 20th between 12 and 5
Priya: Finally. Who can be in?
Zofia: I'm at the lab until 6, sorry
Callum: I can work from home Friday afternoon
Ben: Thanks Callum, I owe you
@2024-09-18
Zofia: There's no hot water. Was anyone in the shower for an hour? 😅
Priya: Not me, I showered at work after my shift
Callum: The boiler's showing a red light and the code E119 on the display
Ben: E119 on a Baxi is low pressure usually. What's the pressure gauge at? Should be between 1 and 1.5 bar
Callum: The needle is at 0.5
Ben: Ok, there should be a filling loop under the boiler: the silver braided hose with two little valves. Open both slowly until the needle gets to 1.3, then close them
Callum: Doing it... needle going up... 1.3. Closed. Pressed reset
Callum: It's firing! Hot water is back
Zofia: Ben you're an architect AND a plumber?
Ben: My dad made me do this every winter at home in Leeds. But if it keeps dropping, there's a leak somewhere and we need a proper Gas Safe engineer
Priya: I'll note it in the repairs email to Shona anyway
@2024-09-20
Callum: Washing machine guy came. New door seal fitted, he said the drum bearings are also going so it'll be noisy. Tested it on a short wash, no leak 🎉
Ben: Amazing, thank you Callum!
Callum: There's more though. Shona also dropped off a letter from Mr Hendry. Rent increase
Priya: How much?
Callum: From £1,720 to £1,950 a month, from 1 January. It's on the official form, "Rent increase notice"
Zofia: That's £230 more a month, 13%. For a flat where the washing machine floods and the boiler loses pressure
Ben: Can he just do that?
Priya: In Scotland with a private residential tenancy he can raise it once a year with three months' notice. But we can refer it to a rent officer at Rent Service Scotland if we think it's above market rent
Zofia: And I think we only have 21 days from getting the notice to do that
Callum: The letter is dated 18 September. So the deadline is around 9 October
Ben: Let's do it. I'll look up what similar two-bed... sorry, four-bed flats go for in Dennistoun
@2024-09-21
Ben: Did some research on Rightmove and S1 Homes. Four-bed flats in Dennistoun and Haghill: £1,650 to £1,900, most around £1,800. The ones at £1,950+ are newly refurbished with new kitchens
Zofia: Ours has a kitchen from the 90s and a bathroom with a mouldy ceiling. We're not £1,950
Priya: Can you send me those links? I'll put them in a doc with photos of the repair issues
Callum: I'll find the emails about the washing machine from April. Evidence
Zofia: Look at us. The Flat 2/1 Legal Department
@2024-09-22
Callum: Roast is on at 6! Chicken's in the oven, 1.8 kg free-range from the butcher on Duke Street, £14
Zofia: Potatoes are parboiled and roughed up, going in with the goose fat
Ben: Crumble assembled. Bramley apples, a bit of cinnamon, oats in the topping
Callum: The gravy... is a masterpiece
Ben: That was the best meal I've had since moving here. Thanks all
Zofia: Plate saved for Priya in the fridge, with a label 😇
Priya: Just got home from the late and found it. I love you all
@2024-09-23
Priya: No hot water again this morning. Pressure was at 0.3
Ben: That's too fast. It was 1.3 on Wednesday. Definitely a leak. I'll check the radiators for drips
Ben: Found it: a slow drip from the valve of the radiator in the bathroom, there's a rusty patch on the floorboard under it
Zofia: Great, more water damage
Priya: Emailing Shona now, marked urgent: no hot water is an emergency repair
@2024-09-24
Priya: Shona says a gas engineer from Heatwise will come Thursday 26th, 8 to 12. I'm on nights Wednesday, so I'll be back home by 8:30 and can let him in
Zofia: Thanks Priya. Please keep the living room door closed when he's in, Pickle is a runner
Priya: Will do
@2024-09-26
Priya: Engineer's here. He says the radiator valve needs replacing and the expansion vessel in the boiler needs re-pressurising too. Doing both today
Priya: Done at 11:20. Boiler holding at 1.2 bar. He left a job sheet, I put it in the folder with the tenancy papers
Zofia: Thank you! Is Pickle ok? She hates strangers
Priya: She was under your bed the whole time. Going to sleep now, night night
Zofia: Priya, sorry to wake you, is Pickle in your room? She's not under my bed and she didn't come for her dinner
Callum: I just got back, looked everywhere: wardrobes, behind the washing machine, the bathtub panel. Nothing
Ben: Was the front door open while the engineer was going in and out to his van?
Priya: Oh no. He propped it open a few times to bring in his tools. I'm so sorry Zofia 😭
Zofia: It's not your fault. She's never been outside. She's going to be terrified
Ben: I'm coming home now. Let's split up: back court, the bin stores, under the parked cars. Cats that escape usually hide really close, within a few houses
Callum: I'll knock on the downstairs flats and ask them to check their cellars
@2024-09-27
Zofia: No Pickle. I was out with a torch until 2am calling her
Ben: I made a poster: photo of her on the windowsill, "LOST: small tabby cat, PICKLE, white chin, very shy, microchipped. Craigpark Drive, 26 Sept" and Zofia's number
Callum: I'll print 30 at the library on Parkhead Cross, 10p a page
Priya: Posted in the Dennistoun Community Facebook group and on "Lost and Found Pets Glasgow". 40 shares already
Zofia: Thank you all. I called the vet on Duke Street and the PDSA, and I updated her microchip record with Petlog to say she's missing
Ben: Tip from a cat rescue page: put her used litter tray and something that smells of you outside the back door. Cats follow the smell home
Zofia: Done. And her favourite blanket
@2024-09-28
Priya: Someone on Facebook saw a small tabby near the garages on Whitehill Street last night around 11
Zofia: Going there now with treats
Callum: Coming too
Zofia: Nothing at the garages. But there are cat prints in the dust on a car bonnet. Could be anyone's cat
Ben: Let's go again at night, it's quieter. Cats come out when it's dark
Callum: 11pm walk, bring the Dreamies
@2024-09-29
Zofia: SHE'S HOME!!!! 😭😭😭
Zofia: Mrs Kerr from the ground floor heard meowing from the shed at number 38. Pickle had been locked in there for three days. Thin and dusty but ok
Priya: Oh thank god. I'm crying at work
Ben: Best news. Is she eating?
Zofia: Ate a whole pouch and then slept on my head. I'm taking her to the vet tomorrow just to check
Callum: We owe Mrs Kerr a very big box of chocolates
Ben: I'll get her flowers. Not lilies
@2024-09-30
Zofia: Vet says Pickle is a bit dehydrated but fine. £48 for the check-up. She's lost 300 g, down to 3.4 kg
Priya: I'm going to pay half of that, I still feel awful
Zofia: You don't have to! But thank you 💛
Callum: Took Mrs Kerr a box of Tunnock's teacakes and a card signed by all of us. She told me about her own cat, Hamish, who lived to 21
@2024-10-01
Callum: Rent paid. Also Octopus emailed: direct debit going up from £180 to £205 from this month
Ben: Because of the price cap?
Priya: Yes, Ofgem's cap went up 10% on 1 October. And we'll have the heating on more now
Zofia: Can we agree on the heating? Maybe on 6–8 in the morning and 5–10 in the evening, at 19 degrees
Callum: 19 is cold! 20?
Zofia: 19 and you put a jumper on. Every degree is like 10% more gas
Callum: Fine. 19 and I wear the jumper my mum knitted
Ben: Submitting meter readings today: electricity 41822, gas 10573
@2024-10-02
Callum: Ok so I'm turning 30 on the 12th. I want a flat party. Thoughts?
Priya: YES. I'm off that weekend!
Zofia: As long as Pickle can stay in my room with the door shut
Ben: What theme?
Callum: 80s. Big hair, shoulder pads, Whitney on repeat
Ben: I'll do a playlist with you, you're the sound engineer
Callum: I will not be doing the playlist on my own birthday, that's work
@2024-10-03
Priya: I sent our rent officer referral today, with the form and all the evidence: Ben's list of 12 comparable flats, the photos of the washing machine and radiator, and the repair emails
Zofia: Thank you Priya! Did we all need to sign?
Priya: Yes, I got e-signatures from everyone yesterday. It's with Rent Service Scotland now. They said a rent officer might visit
Ben: Does the increase wait until they decide?
Priya: Yes, we keep paying £1,720 until the decision
@2024-10-04
Callum: Party planning: guest list is at 35. Is that too many for the flat?
Ben: The living room holds maybe 20 standing. Plus kitchen and hall
Zofia: 35 people at some point in the evening is fine, they won't all be here at once
Priya: We need to tell the neighbours. I'll put a note in the close: "Party on Saturday 12th, sorry in advance, music off by 1am, knock on 2/1 if it's too loud"
Callum: And I'll invite Mrs Kerr. She'll say no but she'll appreciate it
@2024-10-05
Zofia: Mould is back on the bathroom ceiling, above the shower. Black spots, bigger than last winter
Ben: The extractor fan doesn't work at all, I checked: the pull cord does nothing
Priya: Add it to the repairs list. And to the rent officer evidence
Callum: I'll get mould spray in the meantime. HG or Dettol?
Zofia: HG mould spray worked better last year. And open the window after showers, everyone, even if it's cold
@2024-10-07
Ben: Party shopping list so far: 4 crates of beer, 6 bottles of prosecco, 3 big bottles of rum for a punch, mixers, crisps, sausage rolls, a cake
Priya: Cake from Tantrum Doughnuts instead? A doughnut tower!
Callum: Oh that's a great idea
Zofia: Budget? Let's say £150 for drinks and food, split four ways since it's a flat party. Callum only pays for the cake... no wait, the cake is our present
Callum: You don't have to!
Ben: We're doing it. Tantrum doughnut tower, 24 doughnuts, £65
@2024-10-08
Zofia: Letter from Rent Service Scotland: a rent officer will inspect the flat on Thursday 17th at 2pm
Priya: I'm working. Who can be there?
Ben: I'll take the afternoon off. I'll show them the bathroom ceiling, the extractor fan and the washing machine
Callum: Maybe don't clean the mould before Thursday 🤔
Zofia: Ha, good point. Mould stays until the 17th
@2024-10-10
Callum: Costume check: I'm going as Marty McFly. Puffer vest, jeans, Nikes
Priya: Madonna, 1985. Lace gloves, crucifix, terrible fishnets
Zofia: I'm doing Sigourney Weaver in Ghostbusters, I found a jumpsuit at the charity shop for £6
Ben: I've got a Rubik's cube and a mullet wig. I'm going as "1984 in general"
@2024-10-11
Ben: Picked up drinks from Majestic on Byres Road and the crisps from Aldi. £138.70 in total, on Splitwise
Priya: Borrowed 40 glasses from the Glasgow Royal staff social club, nicer than plastic
Callum: And I've set up the speakers. Living room only, nothing in the hall so the close stays quieter
Zofia: I moved Pickle's litter tray, food and bed into my room. Sign on my door: "CAT INSIDE, KEEP SHUT"
@2024-10-12
Priya: Happy birthday Callum!!! 🎂🎉 30!
Zofia: Happy birthday, old man! 🥳
Ben: Happy birthday mate! The doughnut tower is collected, hiding in Zofia's room with the cat
Callum: Thank you!! My mum has called me three times already to ask if I'm eating properly
Priya: People are starting to arrive, someone buzz them in
@2024-10-13
Callum: Best birthday ever. Thank you all ❤️
Ben: Survivors' report: two broken glasses, one red wine stain on the living room carpet, one guest asleep in the bath until 10am
Priya: That was Callum's cousin Euan
Zofia: The carpet stain is big. Right in front of the sofa
Ben: I'll try white vinegar and bicarbonate now, before it sets
Priya: And there's a note under the door from the 1/1 flat downstairs: "Some of us have work on Sunday. Music was still on at 2.15am."
Callum: Oof. That's my fault. I'll go down and apologise with the leftover doughnuts
Callum: They were nice about it in the end. Their names are Gary and Lorraine, they have a baby. I promised it won't happen again
@2024-10-14
Ben: Stain update: vinegar made it lighter but it's still pink. I rented a Rug Doctor from Tesco, £25 for 24 hours
Zofia: I'll pay for the carpet shampoo
Ben: Went over it three times. It's now "faint" rather than "crime scene"
Priya: Good enough before the inspection. We should tell the agent ourselves instead of them finding it
@2024-10-15
Zofia: Netflix says our household needs to be "updated". Whose account is it?
Callum: Mine, the standard plan, £10.99. Ben's phone probably triggered the household check because he watches on the train
Ben: Sorry! I can just get my own
Callum: Nah, I'll add an extra member slot, it's £4.99 more a month. I'll put it in Splitwise and we split £15.98
Priya: Or we cancel it and watch Taskmaster on Channel 4 for free like civilised people
@2024-10-16
Priya: Guys. There was a mouse in the kitchen. It ran from behind the bin to under the cooker
Zofia: Pickle did nothing. She watched it
Callum: She's a lover not a fighter
Ben: We need to stop leaving food out. The bread bag was chewed too
Priya: I'll buy humane traps. And steel wool for the gap around the pipe under the sink, that's probably where it comes in
Ben: Should we tell the agent? It's their building
Zofia: Yes, one more for the repairs list. The gap by the pipe is definitely a building issue
@2024-10-17
Ben: The rent officer came, a woman called Mrs Dunlop. Very thorough. She photographed the bathroom ceiling, tested the fan, looked at the washing machine and the radiator
Priya: What did she say?
Ben: Nothing about the number, they decide in writing. But she wrote down "extractor fan not working" and "evidence of recurring mould" and nodded a lot
Callum: Nodding is good
Zofia: Did she see the mouse trap? 😅
Ben: She did. She asked if we'd reported it. I said yes, yesterday
@2024-10-18
Zofia: Mouse caught in the humane trap! Released it in Alexandra Park, far away
Callum: Its name was Gerald
Priya: I filled the gap under the sink with steel wool and some expanding foam from B&Q, £7
Ben: Good job. No more Geralds
@2024-10-19
Ben: Random: it's my birthday today. Didn't want to make a fuss
Priya: BEN. Why didn't you say?!
Callum: Birthday dinner. Now. Non-negotiable
Zofia: Where do you want to go?
Ben: Honestly I love the pizza at Paesano on Miller Street
Callum: Booked Paesano for 8, table for 4
Priya: I'm getting the tiramisu and a candle, don't argue
@2024-10-20
Ben: Thanks for last night. Best birthday surprise, considering I told you 10 hours before 😄
Zofia: Next year you tell us in advance. I've put it in the flat calendar: Ben 19 Oct, Callum 12 Oct, Priya 3 March, me 27 June
Priya: I didn't even know we had a flat calendar
Zofia: Google Calendar "2/1 Craigpark", I'll share it. Bin days, rent, birthdays, inspection dates
@2024-10-21
Priya: Email from Shona: routine inspection on Thursday 24th at 10am. And she says Mr Hendry will fix the extractor fan "at the same time"
Zofia: Funny how that happened right after the rent officer visit
Callum: Cleaning blitz on Wednesday night? I'll do the kitchen and the oven
Ben: I'll do the bathroom. Now we can finally kill the mould
@2024-10-23
Zofia: Kitchen looks amazing Callum, I can see my face in the hob
Callum: The oven took two hours. I found a fossilised chip from 2022
Ben: Bathroom done, mould spray on the ceiling, grout scrubbed
Priya: Hall and living room hoovered. The carpet stain is behind the coffee table now. Not hiding it, just... decor
@2024-10-24
Ben: Inspection done. Shona was in and out in 20 minutes. She saw the carpet stain, I told her about the party and that we cleaned it professionally
Priya: And? Was she annoyed?
Ben: That "fair wear and tear" doesn't cover wine, and she'll "make a note for the end of the tenancy". The deposit is with SafeDeposits Scotland, so if they want to take money we can dispute it
Zofia: We could just get a proper carpet cleaner in before we leave. That's usually cheaper than what landlords charge
Callum: And the fan?
Ben: An electrician came with her, a new extractor fan is in and working. It's loud but it works
@2024-10-25
Zofia: Pickle has started sleeping on the new bathroom mat. Nobody tell Mrs Dunlop
Callum: 😂
Priya: Can someone buy milk? We're out and I'm on an early tomorrow
Ben: On my way home, I'll grab oat and normal
@2024-10-28
Priya: RENT OFFICER DECISION ARRIVED
Priya: Mrs Dunlop set the rent at £1,800 a month from 1 January, not £1,950. Reasons: "condition of kitchen and bathroom, recurring damp in the bathroom, comparable properties in the area"
Ben: YES. That's £150 a month less than he asked for!
Zofia: £1,800 split four ways is £450. Still more, but fine
Callum: Flat 2/1 Legal Department wins again
Priya: Can the landlord appeal?
Ben: He can ask for a review by the Housing and Property Chamber, same as us. But with the evidence, I doubt he will
@2024-10-29
Zofia: Splitwise settle-up for October: Callum owes me £12.30, Ben owes Priya £31.50, I owe Ben £19.90
Callum: Paid
Ben: Paid Priya, and thanks Zofia
Zofia: And I've set up a standing order for £450 from January. Everyone else remember to change yours
@2024-10-30
Callum: Halloween tomorrow. Do we get sweets for the guisers? Kids in the close did it last year
Priya: Yes! In Glasgow they tell you a joke before they get a sweet. It's the best
Ben: I'll get Haribo and a big bag of Freddo bars
Zofia: Pickle is getting a pumpkin costume. She will hate it. Photos will be taken
@2024-10-31
Ben: First guisers were two wee witches from the 3/2 flat. The joke was "what do you call a witch at the beach? A sand-witch"
Callum: We've had 14 kids so far and we're out of Freddos
Priya: Nobody's getting the Tunnock's, those are for Mrs Kerr
Zofia: Pickle in the costume photo is in the group 🎃 She lasted 40 seconds
Ben: Happy Halloween, flat. Best two months. Even with the floods, the mould, the mouse and the rent
Callum: Especially because of them
@2024-11-01
Callum: Rent paid. Last month at £430 each 🎉 well, last two months, the new rent starts in January
Priya: Did anyone hear back from Mr Hendry about the decision?
Ben: Nothing. Shona just said "the landlord has noted the rent officer's determination"
Zofia: Noted. Like a passive-aggressive post-it
@2024-11-03
Zofia: I'm away from Wednesday to Sunday, a conference in Bergen about kelp forests. Could someone feed Pickle?
Priya: Me! I'm off Wednesday and Thursday
Callum: I'll do Friday to Sunday
Zofia: Thank you! Half a pouch in the morning, half at night, dry food always full, fresh water. She's on the sensitive stomach biscuits, the purple bag. No treats after 8pm or she throws up at 3am
Ben: She has a stricter diet than me
@2024-11-05
Ben: Bonfire night fireworks at Glasgow Green tonight? It's free
Callum: The council cancelled the big one years ago mate. But people set off fireworks in the park all night anyway
Priya: Pickle will freak out. Zofia, should we keep her in your room?
Zofia: Yes please, with the radio on. Classic FM works, she likes Mozart apparently
Ben: Fine, I'll stay in and watch Pickle listen to Mozart
@2024-11-07
Priya: Pickle update for Zofia: she slept through the fireworks on your pillow. Ate everything. Sent you a photo
Zofia: 😭 my baby. Bergen is beautiful, it has rained for three days straight, I feel right at home
Callum: How was your talk?
Zofia: Good! 20 minutes, 40 people, one very aggressive question from a Norwegian professor about my sampling method. I survived
Ben: Did you try the fish soup?
Zofia: At the fish market, 245 kroner, about £18. Worth it
@2024-11-09
Callum: Heads up: my band has a gig at the Hug and Pint on Great Western Road, Friday the 22nd, doors 8pm, £8 on the door
Priya: I'm on nights that week 😢
Ben: I'm there! What time are you on?
Callum: We're second of three, so around 9:15. Bring earplugs, the drummer's a menace
@2024-11-11
Ben: The bathroom window won't close properly. The latch snapped off when I opened it after my shower
Zofia: Of course it did. The one thing that helps with the mould
Priya: Can we tape it shut until it's fixed? It's freezing with the gap
Ben: I've wedged it with a folded cardboard for now. Reporting to Shona with a photo
@2024-11-12
Ben: Shona says Mr Hendry will "source a replacement latch". Meanwhile the cardboard is doing its best
Callum: I've seen those latches at the hardware shop on Duke Street for £6. Want me to just get one?
Priya: It's his job, but honestly, £6 vs another month of a draught...
Zofia: Get it, keep the receipt, and we deduct it from the rent with a note. Or at least ask Shona to refund it
Callum: Got it, fitted it. Took 10 minutes with the flat screwdriver. Receipt photographed and emailed to Shona
@2024-11-14
Priya: Random question. Does anyone mind if my sister stays for the weekend of the 30th? She's coming up from Manchester for a concert at the Hydro
Zofia: Of course not!
Ben: The more the merrier. Who is she seeing?
Priya: Kylie. She's been a fan since she was 9. She'll sleep in my room, I'll take the sofa
Callum: No, I'll be at my mum's in Paisley that weekend, she can have my room. I'll change the sheets
Priya: You're a gem Callum
@2024-11-17
Zofia: Proposal: Secret Santa for the flat! £20 limit. We draw names on Sunday and do presents at the Christmas dinner
Ben: Love it. Christmas dinner when? Some of us go home for Christmas
Callum: I'm at my mum's on the 25th
Priya: I'm working Christmas Day, I'm on the early. Sorry 😭 nurses don't get Christmas
Zofia: Flatmas dinner on Saturday 21 December then?
Ben: Flatmas! Yes
Priya: I'm off on the 21st, perfect
@2024-11-18
Priya: Electricity bill estimate from Octopus: the smart meter stopped sending readings on 30 October
Ben: I'll take a photo of the meter tonight and submit a manual reading. 42679
Callum: Maybe that's why the in-home display says "no signal"?
Zofia: Octopus said in the app we can book a free engineer to reconnect it, but not before January
Priya: Manual readings every month until then. I've put a reminder in the flat calendar for the 1st
@2024-11-20
Zofia: FIRST SNOW ❄️ look out the window
Callum: It's sleet. That's not snow
Ben: As a Yorkshireman I'm calling it snow
Priya: It's lying on the cars on Craigpark! That's snow
Zofia: Pickle put one paw on the windowsill and went back to bed
@2024-11-21
Priya: The hallway radiator is cold. The rest are fine
Ben: Probably air in it. I'll bleed it when I'm home. Where's the radiator key?
Callum: Kitchen drawer, the one with the batteries, Allen keys and birthday candles
Ben: Bled it: loads of air hissing out, then water. Warm again. Boiler pressure dropped to 1.0, topped up to 1.3
Zofia: What would we do without you
@2024-11-22
Ben: Callum's band was AMAZING. The last song made the whole room jump. Even the guy at the bar
Callum: Thank you for coming mate!! 🤘
Zofia: Sorry I missed it, the lab ran over. Is there a recording?
Callum: My cousin filmed it on her phone, I'll share it. Sound is terrible, ironic given my job
@2024-11-24
Zofia: Secret Santa names are drawn! Check your DMs. Reminder: £20 max, nothing that needs to be plugged in, and no cat-related gifts for me please, I have enough
Ben: What if the cat gets a present?
Zofia: Pickle isn't part of the draw. But she likes cardboard boxes
Callum: Oh, I know exactly what to get. Don't ask
@2024-11-26
Priya: Mrs Kerr knocked. She's going to her daughter's in Aberdeen for two weeks from the 9th and asked if we'd water her plants
Ben: Of course. Does she leave a key?
Priya: She'll bring it on the weekend. Two orchids, a peace lily and "Gerald" the spider plant
Zofia: Wait, she named her spider plant Gerald too?
Callum: Great minds
@2024-11-29
Priya: My sister Anjali arrives tonight on the 17:40 train from Manchester Piccadilly, getting into Glasgow Central at 21:10
Ben: I'll be home, I can let her in if you're late
Priya: Thanks! She's bringing us a box of Eccles cakes
Callum: Clean sheets on my bed, and I moved my guitars so she won't trip. Have fun!
@2024-12-01
Priya: Anjali says thank you for having her, the concert was "life-changing", and she's left you a card on the kitchen table
Zofia: She's lovely! Come back anytime
Ben: Meter readings submitted for December: electricity 43410, gas 10960
Callum: Rent paid, last one at the old rate. And I've updated my standing order to £450 from the 1st of January
@2024-12-03
Zofia: Flatmas menu planning! I'm thinking turkey crown, pigs in blankets, roast potatoes, sprouts with chestnuts, red cabbage, and Callum's gravy
Priya: And my mum's carrot halwa for dessert. I'll make it the night before
Ben: I'll make a Christmas pudding? Or is that too much with the halwa
Callum: Both. It's Christmas. I'll bring cheese and oatcakes too
Zofia: Budget: £80 for the food, split four ways, and everyone brings a bottle
@2024-12-05
Ben: Update on the bathroom latch: Shona says Mr Hendry will refund the £6 "as a goodwill gesture". £6!
Priya: I'm framing that email
Callum: He can keep the £6 if he fixes the cracked tiles behind the toilet
@2024-12-08
Zofia: Pickle got her annual booster today, £62 at the Duke Street vet. She's 3.7 kg again! Back to full size after the great escape
Priya: Good girl Pickle
Ben: Do we need to do anything after the injection?
Zofia: Just let her sleep it off. She might be grumpy for a day. So: normal Pickle
@2024-12-10
Callum: Heads up everyone: the boiler pressure is dropping again. 0.8 this morning. I topped it up
Ben: Is there a drip anywhere? I'll check the radiators
Ben: The kitchen radiator valve has a tiny drip, same as the bathroom one had in September. There's a rusty stain on the skirting
Priya: I'll report it to Shona. Shall we mention it's the second one in three months?
Zofia: Yes, and ask them to check all the valves in one visit, instead of waiting for them to fail one by one
@2024-12-12
Priya: Shona says an engineer will come on 17th December, 1 to 5, to check all radiator valves and service the boiler
Ben: I'm working from home that day, I'll be in
Zofia: Pickle goes in my room with the door shut, double-checked. Never again
Callum: Maybe a sign on the front door: "CAT INSIDE, DO NOT PROP DOOR OPEN"
Zofia: Printed and stuck on it 👍
@2024-12-14
Priya: Mrs Kerr's orchid is dropping flowers 😱
Ben: Orchids drop flowers in winter, it's fine as long as the leaves are ok. Don't overwater
Callum: How do you know that?
Ben: My gran had 30 of them in Leeds. She talked to them every morning
Zofia: Take a photo every day so Mrs Kerr can see they're alive
@2024-12-17
Ben: Engineer's been. He replaced two valves (kitchen and Priya's room) and serviced the boiler. Said the boiler is 14 years old and "on borrowed time"
Priya: What does that mean for us?
Ben: That if it breaks this winter, a replacement takes time. He'll put it in his report to the agent
Zofia: Let's ask Shona in writing whether Mr Hendry plans to replace it. I don't want to be without heating in January
Callum: And the cat?
Ben: Stayed in Zofia's room. Engineer was a cat person and asked to meet her afterwards. She hid under the bed
@2024-12-19
Callum: Secret Santa presents are under the little tree in the living room. No peeking
Priya: Who bought the tree? It's so cute
Zofia: Me, from the Christmas market in George Square, £22. A real one, 90 cm
Ben: Pickle is already chewing the bottom branch
Zofia: PICKLE NO
@2024-12-20
Zofia: Flatmas shopping done at Morrisons: turkey crown 1.6 kg, 24 pigs in blankets, 2 kg Maris Piper potatoes, sprouts, chestnuts, cabbage, cranberry sauce. £74.80. Splitwise!
Callum: Cheese board from I.J. Mellis: Isle of Mull cheddar, Clava brie and Strathdon Blue, £21.60
Priya: Halwa is made. 2 kg carrots, full-fat milk, cardamom, pistachios, and a worrying amount of ghee
Ben: The pudding is steaming, 3 hours. The flat smells like Christmas
@2024-12-21
Callum: Happy Flatmas! 🎄 Turkey goes in at 2
Zofia: Potatoes are parboiled and roughed up. The same technique as September, it worked
Priya: Table's set. I ironed the tablecloth. I've never ironed anything in my life
Ben: Secret Santa reveal: Zofia gave me a book on Glasgow's architecture, Mackintosh and Greek Thomson! Perfect
Zofia: Callum gave Pickle... I mean me... a giant cardboard castle. She's inside it now and won't come out
Priya: And Ben gave me noise-cancelling earbuds for the night shifts! And I did Callum's: vinyl of Big Country's first album from Monorail
Callum: I LOVE it. Playing it now
Ben: Best Flatmas ever. Also only Flatmas ever
@2024-12-22
Priya: Thank you all for last night. That halwa was a triumph, if I say so myself
Ben: The pudding was less of a triumph. Fell apart on the plate
Callum: It was delicious in a bowl. Like a Christmas trifle
Zofia: I'm off to Kraków on the 23rd until 2 January, to my parents. Ben, you're here over Christmas, right? Could you feed Pickle?
Ben: I'm here until the 27th, then Leeds for Hogmanay. Priya's here the whole time though
Priya: I'll do the 27th to the 2nd. Pickle and me, Hogmanay together, watching the fireworks from the window
@2024-12-24
Zofia: Wesołych Świąt from Kraków! We're having carp and twelve dishes tonight, nobody eats until the first star appears
Ben: Merry Christmas! Ate my tea from the fridge, leftover turkey sandwich. Feeling festive
Callum: Merry Christmas from Paisley! My mum made me wear the jumper again
Priya: Merry Christmas all! On the early tomorrow, 7 to 7:30. I'll be singing on the ward
@2024-12-27
Ben: Keys for Pickle handed to Priya. The litter tray is fresh, the food drawer is stocked. Off to Leeds! 🚆
Priya: Have a great time! Pickle and I have a bucket of Celebrations and the whole of Gavin and Stacey
@2024-12-31
Priya: Happy Hogmanay everyone! 🎆 Pickle is under the bed because of the fireworks, I'm on the sofa with the earbuds and a glass of prosecco
Callum: Happy Hogmanay! At the Barrowland, it's mobbed
Ben: Happy New Year from Leeds! My dad's trying to do "Auld Lang Syne" and doesn't know the words
Zofia: Szczęśliwego Nowego Roku! Thank you for being the best flatmates. Even with the mould
Priya: Especially because of the mould 😂 here's to 2025 and the £1,800 rent
@2024-09-05
Ben: First day at the new office today. It's on St Vincent Street, right next to a Greggs. Dangerous
Callum: The sausage roll era begins
Priya: How's the commute?
Ben: 7 minutes on the train from Duke Street to Queen Street, or 35 minutes walking if it's not raining
Zofia: So 7 minutes on the train, then
@2024-09-16
Priya: Does anyone have a spare phone charger? Mine died on the ward and I'm at 4%
Ben: USB-C? There's one in the living room by the sofa, the long white one
Priya: You saved my night shift
Callum: Please start labelling your chargers too. That one was mine 😅
@2024-09-25
Zofia: I've got a Teams interview for a postdoc in Bergen on Friday. Nobody panic, it's for next autumn, if at all
Priya: Bergen! That's amazing Zofia
Callum: Don't leave us
Zofia: It's two years of kelp forests and fjords. But the rent in Bergen makes ours look cheap
Ben: Good luck! Want to practise on me tonight? I can ask aggressive questions about your sampling method
@2024-10-09
Ben: Did anyone take a parcel for me? DPD says "delivered to neighbour at number 25"
Priya: There's no number 25 in our close, we're 1 to 8
Callum: It means 25 Craigpark Drive, the next close. They do this all the time
Ben: Got it. The man at 25 had three of our parcels, including one for Priya from July
Priya: My walking boots!! I thought they were stolen
@2024-10-22
Callum: Mad idea: should we get a dishwasher? There's space under the counter where the old one was
Zofia: The landlord would need to agree. And the plumbing
Ben: A slimline one is about £280 at Currys, and a plumber maybe £90 to connect it
Priya: I'd pay a quarter just to stop the arguments about the frying pan
Callum: I'll ask Shona. If we pay, we take it when we leave
@2024-10-26
Zofia: Clocks go back tonight! Extra hour in bed
Priya: Not for me, I'm on nights, so I work the extra hour 😭 13 hours
Ben: That's criminal. Do you get paid for it?
Priya: Yes, the extra hour is paid. Still feels like a scam
Callum: I'll leave you a flask of tea and shortbread on the counter
@2024-11-15
Zofia: Got the postdoc offer in Bergen!!! Starting 1 September 2025
Ben: ZOFIA!!! Congratulations!
Priya: I'm so proud of you 😭 and so sad
Callum: Can Pickle stay with us?
Zofia: Pickle is coming to Norway. Since Brexit she needs an animal health certificate from the vet, her microchip and a rabies jab at least 21 days before. I've already read the whole Mattilsynet website
Ben: We have nine months with you. Let's make them count
@2024-11-27
Priya: Nursing exam done! The medication calculations one. I needed 100% and I think I got it
Zofia: Of course you did!
Ben: Celebration at the Tennent's Bar? I'm buying
Priya: Give me two hours of sleep and I'm there
Callum: I'll join after work, 7ish
@2024-12-15
Ben: Got the exam result? 👀
Priya: 100%!!! Passed. I'm officially allowed to do the IV drugs on my own now
Callum: Brilliant! Proper nurse!
Zofia: I'll make you a cake. Lemon and poppy seed, like my mum's
Priya: Please. And we should finally invite Mrs Kerr for tea, she's back from Aberdeen tomorrow
Ben: Her orchid survived. I'll tell her Gran's trick: ice cubes on Sundays
"""

def day_blocks(text):
    """Blocks of "@YYYY-MM-DD" then "Name: text" lines, as (date, [(speaker, text)]) in date order."""
    blocks = []
    for raw in text.strip().split("\n"):
        if raw.startswith("@"):
            blocks.append((dt.date.fromisoformat(raw[1:]), []))
        else:
            speaker, text_ = raw.split(": ", 1)
            blocks[-1][1].append((speaker, text_.replace("\\n", "\n")))
    return sorted(blocks, key=lambda b: b[0])


def flatmates_chat():
    """The flatmates' group chat as written, one session per day, with generated times."""
    turns = []
    for day, lines in day_blocks(FLAT):
        for (speaker, text), t in zip(lines, clock_times(day, len(lines), 8, 23)):
            turns.append({"id": str(len(turns) + 1), "speaker": speaker,
                          "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "text": text, "session": day.isoformat()})
    return {"id": "flat-2-1-craigpark", "title": "Flat 2/1 Craigpark Drive (Priya, Callum, Zofia, Ben)", "turns": turns}


# --- a couple planning their wedding on WhatsApp (Android export style, Swiss dates dd.mm.yy) --------

COUPLE = r"""
@2024-02-05
Lena: Ok. It's official. I called the Grotto del Sole in Morcote and they have Saturday 14 September free!!
Marco: WHAT. The one with the terrace over the lake?
Lena: That one. They're holding it for us until Friday. Deposit is CHF 3,000 to confirm
Marco: Do it. Wait, what's the total for the venue again?
Lena: Venue hire CHF 4,500, then food per person. Their wedding menu is CHF 145 a head with aperitivo, 4 courses and the cake cutting
Marco: For 80 people that's 11,600 just for food 😬
Lena: Plus wine. I know. But it's the place where your nonna took us the first time we visited Lugano
Marco: Ok my heart says yes. My wallet is crying quietly
Lena: I'll put everything in the spreadsheet tonight and we decide tomorrow
@2024-02-06
Lena: Budget spreadsheet is in the Google Drive folder "Matrimonio 🤍". Total right now: CHF 31,400
Marco: We said 28,000 max
Lena: I know. The big ones are food 11,600, venue 4,500, photographer 3,800, wine about 2,400, flowers 1,800, music 2,200
Marco: What if we cut the guest list to 70?
Lena: Then we have to choose between your cousins from Bellinzona and my colleagues. Good luck with that conversation 😅
Marco: My mum will say we can't not invite the Bellinzona cousins. There are 11 of them
Lena: I'd rather skip the photo booth (CHF 650) and do our own flowers with the market in Lugano
Marco: Deal. Confirm the Grotto. I'll transfer the 3,000 from the joint account tonight
Lena: 🥹🥹🥹 we have a wedding venue
@2024-02-09
Lena: Deposit confirmed, contract signed. Grotto del Sole, 14.09.2024, ceremony on the terrace at 16:00 if the weather is good, inside the stone room if it rains
Marco: Officially booked. I told my mum, she cried for 10 minutes and then asked what the menu is
Lena: Of course she did
Marco: She wants risotto al merlot. I said we haven't chosen yet. She said "risotto al merlot"
@2024-02-12
Lena: Reminder that we need to start the civil procedure at the Zivilstandsamt. You need to be married at the civil office in Switzerland before or on the day, the Grotto ceremony is only symbolic
Marco: Right. What do we need?
Lena: Passports, a residence certificate each from the Kreisbüro, and the form "Gesuch um Durchführung des Vorbereitungsverfahrens". Your birth certificate from Lugano too, not older than 6 months
Marco: I'll ask the Comune di Lugano for the birth certificate tomorrow. It's like CHF 30
Lena: And then we choose a date for the civil wedding in Zurich. I thought Friday 13 September, the day before, at the Stadthaus?
Marco: Friday the 13th 😂 I love it. Very us
@2024-02-14
Marco: Happy Valentine's! Table at Kronenhalle at 19:30 tonight ❤️
Lena: You got a table at Kronenhalle?? On Valentine's?
Marco: I booked in December. I'm a planner now, this wedding is changing me
Lena: I'm wearing the green dress
Marco: And I'm ordering the Zürcher Geschnetzeltes, like a tourist
Lena: That was perfect. Thank you amore 🤍 even the chocolate mousse from the giant bowl
@2024-02-18
Lena: Photographer options (all free on 14.09):\n1. Giulia Rossetti, Lugano, CHF 3,800 for 8 hours + album\n2. Studio Nebbia, CHF 2,900, 6 hours, no album\n3. Tobias from Lena's work's wedding, CHF 3,200, 8 hours, speaks German only
Marco: Giulia's photos are the best. That one of the couple in the rain in Gandria
Lena: Right?? But 900 more than Studio Nebbia
Marco: The photos are the only thing we keep. I'd rather skip something else
Lena: Ok, Giulia. I'll email her. We also need to check she can come to Zurich on the 13th for the civil ceremony, maybe 1 hour
Lena: Giulia says yes to both days! She charges CHF 350 extra for the Zurich hour plus the train, so 4,150 + ~CHF 80 for the train
Marco: Fine. The Zurich hour is where my dad cries, we need that on camera
@2024-02-22
Marco: Mum just sent me a list of 96 people. NINETY-SIX
Lena: Ok deep breath. We said 80
Marco: She's included Zia Pina's neighbour and the priest from Castagnola
Lena: The priest is fine, the ceremony is ours and he can bless us if your mum wants. The neighbour, no
Marco: I'll call her. Pray for me
Marco: Negotiated to 41 from my side, including the priest. She's "disappointed but understanding"
Lena: My side is 38 plus 4 kids. So 83. Close enough
@2024-02-26
Lena: Dress appointment at Brautatelier Seefeld on Saturday at 10:30. Anna and my mum are coming
Marco: Should I pretend I don't know?
Lena: You're not allowed to know anything about the dress. You don't even know this message exists
Marco: What message
@2024-03-02
Lena: 🤍 I found it
Marco: THE dress?
Lena: THE dress. My mum cried. Anna cried. The shop lady cried a bit too I think
Marco: And... the price? (I don't want to know what it looks like, only the number 😅)
Lena: CHF 2,650 with alterations. It's in our budget for dress + shoes (3,000)
Marco: Perfect then. Congratulations to the dress
@2024-03-05
Marco: Tax return reminder: the Zurich one is due 31 March. Last year we got the extension, this year I want to do it on time
Lena: I have my Lohnausweis from the hospital, and the 3a payment confirmation from Viac, 7,056 francs
Marco: Same from me. I'll do it in the ZHprivateTax software on Sunday. Please find the receipt for your new glasses, we can deduct medical costs above 5% of income. Probably not enough but still
Lena: It won't be enough, the glasses were CHF 480. But fine
@2024-03-10
Marco: Tax return done and submitted 🎉 We get back around CHF 640 apparently, mostly from the 3a
Lena: My tax hero. Can the 640 go to the wedding fund?
Marco: It's already in the spreadsheet, line 47 "tax refund → wine"
@2024-03-12
Lena: Music: Marco, do you still want a band or a DJ?
Marco: Band for the aperitivo, DJ for later? My friend Sandro DJs and said he'd do it for the cost of the equipment rental and a bed
Lena: Sandro who played "Gasolina" three times at Fabio's birthday?
Marco: He's grown
Lena: He has not grown, it was in January
Marco: Fine. I'll give him a playlist and a ban list. No Gasolina
Lena: And for the aperitivo the jazz trio from Lugano, "Trio Ceresio", CHF 1,200 for 2 hours
@2024-03-16
Lena: Save the dates are ready to print! 95 cards at Printzessin, CHF 214 with envelopes
Marco: Where's the photo from?
Lena: The one from the boat on Lake Lugano, with the mountain behind us. Text in three languages, German, Italian and English for Priya and the London people
Marco: Beautiful. Send it to print
@2024-03-21
Lena: Hay fever started early this year. Birch pollen is crazy, my eyes are balloons
Marco: Did you take the cetirizine?
Lena: Yes but it makes me sleepy at work. The pharmacist recommended a nose spray with mometasone, I'll try it
Marco: I'll hoover when I get home and put the pillowcases in the wash
Lena: ❤️ and close the bedroom window, please
@2024-03-25
Marco: Rings! My cousin Davide knows a goldsmith in Lugano, Bottega Rizzi, they make them by hand
Lena: Ooh. What's the price like?
Marco: For two gold bands, 18 carat, around CHF 2,100. With engraving included
Lena: That's less than I expected. Can we go at Easter when we're in Ticino?
Marco: I'll book Saturday morning
@2024-03-30
Marco: Ring appointment was amazing. Signor Rizzi is 78 and has made rings for 50 years
Lena: I loved his workshop. Did we decide on the engraving?
Marco: "14.09.2024 · sempre" inside both. He needs 6 weeks
Lena: And my ring size is 52, yours is 62. Written in the notes so we don't forget
@2024-04-02
Lena: Can you call the Grotto? They sent the menu options. I'll forward
Marco: Reading. Ok: antipasto of local salumi and formaggini, risotto al merlot OR ravioli with zucchini flowers, then either the lake fish (perch fillets) or the brasato with polenta
Lena: Your mum will get her risotto
Marco: She's going to text the chef directly, I know it
Lena: Vegetarian option?
Marco: Yes: eggplant parmigiana instead of the main. 6 vegetarians, 1 vegan (Priya's husband), 2 gluten free
Lena: I'll send the list. And tasting is 11 May?
Marco: Yes, 12:00 at the Grotto, for two people, CHF 180
@2024-04-09
Marco: Happy birthday amore!!! 🎂 34 looks great on you
Lena: Thank you 🥹 what's the plan, you've been suspicious all week
Marco: Be ready at 18:30 and bring a jacket. That's all you get
Lena: A jacket?? Are we going up the Uetliberg?
Marco: No comment
Lena: Sunset fondue on the Dolder terrace?! You're the best. The ice rink view, the city lights. I'm so happy
Marco: Happy birthday. Next year you'll be my wife when you turn 35
@2024-04-14
Lena: Your mum called me. She wants a Ticinese tradition: the bride's shoes get hidden and the groom pays a ransom
Marco: Oh no, the shoe thing. My cousins will ask for 500 francs
Lena: They can ask. You'll pay in Gazzosa
@2024-04-18
Marco: The Zivilstandsamt replied: the documents are complete. We go in together to sign the declaration on 25 April at 14:15
Lena: I'll leave work early. The Stadthaus date for the 13th?
Marco: Confirmed: Friday 13 September, 11:00, in the Trauzimmer at the Stadthaus. Fee CHF 350 for the procedure plus the ceremony
Lena: And two witnesses. Anna and Davide?
Marco: Anna and Davide 👍
@2024-04-25
Lena: That was weirdly emotional for a government office
Marco: The lady stamped the form and said "Herzliche Gratulation" and I almost cried
Lena: You did cry a little
Marco: Allergies
@2024-05-02
Lena: Honeymoon research: Japan in October. Tokyo 3 nights, Hakone 2, Kyoto 4, Naoshima 2, Osaka 1
Marco: That's 12 nights. Too much moving?
Lena: Maybe drop Osaka and fly home from Kansai directly after Naoshima?
Marco: Swiss flies Zurich–Tokyo direct. Around CHF 1,350 each in economy in October
Lena: Or we use the miles for premium economy one way. I have 62,000 Miles & More
Marco: Honeymoon = premium economy. It's the one time
@2024-05-06
Marco: Booked: LX160 Zurich to Narita on 1 October, back from Osaka Kansai on 13 October via Frankfurt. Total CHF 2,890 for two + your miles for the upgrade out
Lena: AHHH we're going to Japan
Marco: And the ryokan in Hakone: Fukuzumiro, 2 nights with dinner, ¥94,000 per night. That's a lot, about CHF 560 a night
Lena: It's our honeymoon. Book it. And ask for a room with the private onsen bath
@2024-05-11
Lena: Tasting day! Leaving Zurich on the 8:09 train, arriving Lugano 10:09
Marco: Your mum and my mum both want to come to the tasting
Lena: The tasting is for TWO people
Marco: I told them. My mum is "in Morcote anyway that afternoon" 🙄
Lena: The risotto al merlot is unreal. Your mum was right
Marco: Don't tell her
Lena: Perch was a bit dry. The brasato with polenta melts. I vote brasato as the main, perch as the option for fish lovers?
Marco: Yes. And the wedding cake: the chef's millefoglie with berries, not the tiered thing
@2024-05-15
Lena: RSVPs so far: 61 yes, 6 no, 16 haven't answered
Marco: Who said no?
Lena: Tante Ruth (her hip surgery is that week), your cousin Luca (in Australia), and the Müllers (their daughter's wedding is the same day!)
Marco: I'll chase my 9 non-answers. My uncle Franco never answers anything, I'll call my aunt instead
@2024-05-21
Marco: Suit fitting at Beige on Bahnhofstrasse, they have a navy three-piece that's perfect
Lena: Navy!! Price?
Marco: CHF 1,290 with alterations. Shoes another 280
Lena: That's fine, we budgeted 1,800 for you
Marco: Also bought a tie in the Lugano lake blue colour, as agreed with the florist
@2024-05-27
Lena: This message was deleted
Lena: Sorry, that was meant for Anna 🙈 please forget you saw anything
Marco: I saw nothing 👀
Lena: Good.
@2024-06-03
Lena: Florist call with Fiori del Lago: white garden roses, eucalyptus, olive branches, some blue delphinium. CHF 1,650 for ceremony + table flowers + my bouquet
Marco: I thought we'd do it ourselves from the market?
Lena: We tried to price it. With the time, the buckets, the transport from Lugano to Morcote... Anna pointed out I'd be arranging flowers at 7am on my wedding day
Marco: Ok, you're right. Book Fiori del Lago
@2024-06-08
Marco: My knee is bad again after football. Swollen on the inside
Lena: Go to the doctor, please. Not "wait and see"
Marco: Booked the sports clinic at Hirslanden, Tuesday 08:40
Lena: And no football until after the wedding. I'm not walking down the aisle next to crutches
@2024-06-11
Marco: Doctor says it's a sprain of the medial ligament, grade 1. No surgery. 4 weeks of physio, ice, and no football
Lena: Phew. Told you
Marco: Physio twice a week at the Physiotherapie Oerlikon, covered by basic insurance after the deductible
Lena: We already paid the CHF 1,500 deductible this year with my hay fever and your dentist, so it's mostly covered then
@2024-06-16
Lena: Seating plan attempt 1 is in the Drive. 10 tables of 8 plus the long table
Marco: You put my Zio Franco next to your dad? They'll argue about football all night
Lena: Your Zio Franco argues with everyone. My dad is the calmest person on Earth
Marco: Ok but not Zia Pina next to Zia Carla. They haven't spoken since 2009
Lena: What happened in 2009?
Marco: Nobody knows. Something about a lasagna
@2024-06-22
Lena: Final numbers: 78 adults, 5 kids, Giulia the photographer, Sandro the DJ. So 83 meals + 2 crew meals
Marco: Crew meals are CHF 60 each right? Not the full menu
Lena: Yes. Updated the budget: CHF 30,100 total. Over by 2,100 but the tax refund and the gifts from our parents cover it
Marco: Your parents said they'd pay for the wine, right?
Lena: They did! 120 bottles from the Tamborini winery. So "tax refund → wine" becomes "tax refund → honeymoon sushi"
@2024-06-28
Marco: Invitations are posted. 54 envelopes, stamps CHF 1.20 each in Switzerland, 2.50 for abroad
Lena: The London ones too?
Marco: Yes. Priya, Tom, the Jacksons, your colleague Sarah. 7 international ones
Lena: And the RSVP website?
Marco: Online on the 1st. Password is "Morcote14"
@2024-07-04
Lena: Someone just RSVP'd "Yes + Pinocchio" on the website
Marco: That's my cousin Davide. Pinocchio is his dog
Lena: Dogs are not invited
Marco: I'll tell him. He'll bring the dog anyway
@2024-07-12
Marco: Physio says the knee is fine for dancing. Not for football. I asked specifically about dancing
Lena: Good, because we're doing the first dance lessons. Tanzschule Dance Island on Thursday evenings, 4 lessons for CHF 320
Marco: What song did we pick again?
Lena: "La cura" by Battiato. Your choice, remember
Marco: Oh right. A slow one. I can do slow
@2024-07-18
Lena: First dance lesson: I have bruised toes
Marco: The teacher said I "lead with enthusiasm"
Lena: That's not a compliment, Marco
@2024-07-25
Marco: Hotel block for guests: the Hotel Carina in Morcote has 18 rooms at CHF 210 a night with breakfast, code "Lena&Marco"
Lena: And the cheaper option for the young cousins?
Marco: The youth hostel in Lugano, CHF 48 in a dorm, and the bus 431 to Morcote takes 25 minutes
Lena: I'll add both to the website. And a note that the last bus back is at 23:42, after that it's taxis at around CHF 60
@2024-08-01
Lena: Happy Swiss National Day 🇨🇭 are you coming to the Bürkliplatz fireworks?
Marco: Yes, with Davide and his wife. And Pinocchio
Lena: The dog will hate the fireworks
Marco: Ok, no Pinocchio. I'll bring cervelats for the grill first
@2024-08-06
Lena: Bad news: the jazz trio cancelled. Their pianist broke his wrist
Marco: Oh no. Poor guy. Do they have a replacement?
Lena: They suggested a duo, guitar and double bass, "Duo Lanterna", CHF 900 instead of 1,200
Marco: Honestly that sounds lovely on a terrace. Book it
@2024-08-12
Marco: Rings are ready! Signor Rizzi sent a photo
Lena: 😍😍 the engraving is perfect
Marco: I'll pick them up when I'm in Lugano on the 24th. Davide is ring bearer, he's already nervous
@2024-08-19
Lena: Vows. Are we writing our own?
Marco: Yes, but short. Max 2 minutes. In Italian AND German?
Lena: I'll do mine in German with one Italian line for your nonna. You do yours in Italian with a German line for my parents
Marco: That's so nice. Ok. Deadline 1 September, and we don't read each other's
@2024-08-27
Lena: Weather app says 40% chance of rain on the 14th 😩
Marco: It's 18 days away. The app knows nothing
Lena: The Grotto confirmed the stone room is ready as plan B, and they have 20 big umbrellas
Marco: Then we're fine either way. Rain on your wedding day is good luck in Italy, "sposa bagnata, sposa fortunata"
@2024-09-02
Lena: Final payment to the Grotto sent: CHF 13,840 (food, wine service, venue balance)
Marco: Giulia and the florist paid too. That's everything except Sandro's equipment rental
Lena: And the cake?
Marco: Included in the menu, the millefoglie
Lena: So we're done. We're actually done 🥹
@2024-09-09
Marco: Packing list for Ticino: suit, shoes, tie, rings (!!!), vows, the box with the favours, the guest book, Lena's "something blue"
Lena: Don't you dare open that box
Marco: I won't. The Amaretti for the favours are in the car already, 85 little bags
@2024-09-13
Lena: I'M MARRIED 💍
Marco: Ciao moglie 😍
Lena: Your dad cried before the registrar even started
Marco: Giulia got it on camera. Worth every franc
Lena: Train to Lugano at 15:32. Dinner with both families at 20:00 at the Grotto. Tomorrow the big one
@2024-09-14
Marco: Rain stopped at 14:50. Ceremony outside at 16:00 🌤️
Lena: Sposa bagnata was not needed 😂
Marco: Thank you for being my wife. Best day of my life
@2024-09-15
Lena: Brunch at the hotel was the best decision. Everyone's hungover and happy
Marco: Zia Pina and Zia Carla were dancing together at midnight. After 15 years
Lena: The lasagna war is over
Marco: And my mum took the leftover risotto home in Tupperware
Lena: Naturally 😂
@2024-09-18
Lena: Giulia sent a preview of 30 photos already. The one on the jetty at sunset 😭
Marco: The one where Davide drops the ring box and Pinocchio the dog is in the background
Lena: HE BROUGHT THE DOG??
Marco: He brought the dog
@2024-09-30
Lena: Honeymoon checklist: passports, JR Pass? Not worth it anymore since the price went up, we'll buy single Shinkansen tickets
Marco: Yes, Tokyo–Odawara for Hakone, then Odawara–Kyoto, about ¥12,000 each
Lena: Suica on the phone for the metro. Cash for the ryokan and small restaurants, Japan still likes cash
Marco: Withdraw ¥100,000 at a 7-Eleven on arrival, the ATMs there take foreign cards
@2024-10-03
Lena: Greetings from Tokyo! Ate at a tiny ramen place in Shinjuku with 8 seats, ordered from a vending machine, ¥1,100
Marco: I'm literally next to you
Lena: I'm writing it here for the memories, shh
@2024-10-05
Marco: Hakone ryokan: private onsen on the balcony, kaiseki dinner with 11 courses. I'm never going home
Lena: Mount Fuji came out of the clouds for exactly 4 minutes at 7am. I got a photo!
@2024-02-08
Marco: The Waschküche sign-up sheet is out for March. Frau Brunner took every Saturday morning again
Lena: Of course she did. Take Tuesday evening and Sunday afternoon
Marco: Sunday is not allowed, remember, house rules. No washing on Sundays
Lena: Tuesday and Thursday evening then. And write it in pen, she erases pencil
@2024-02-19
Lena: Long shift, the ward was full. Three kids with RSV and a broken arm from the ski slopes in Flumserberg
Marco: Poor kids. And poor you. I'm making älplermagronen, ready when you get in
Lena: You're the best. Extra onions please
Marco: And apple sauce on the side, like your grandma does
@2024-03-08
Marco: Dentist: I need a filling, CHF 380. And he said my wisdom tooth "might have to come out one day"
Lena: One day = after the wedding
Marco: That's exactly what I told him
Lena: Is the dentist covered by the insurance?
Marco: No, basic insurance doesn't cover dentists. Just our savings 😐
@2024-03-14
Lena: Anna's having contractions! Early, she's 37 weeks. Going to the Triemli now
Marco: Oh wow. Keep me posted. Do you need the car?
Lena: Taking the tram, it's faster than parking
Lena: It's a boy!!! Elio, 3.1 kg, born 23:47. Both fine 😭
Marco: Congratulations auntie Lena!!! And to Anna and Beni
Lena: He has the tiniest fingers. I'm a mess
@2024-03-18
Marco: I bought Elio a present: a Lake Lugano bodysuit, "Nato in Svizzera, amato in Ticino"
Lena: You're going to be the fun uncle
Marco: I'm already the fun uncle. It's decided
@2024-04-01
Marco: Mum just put two more colombe in my bag for the train tomorrow
Lena: We ate six this weekend!
Marco: She buys one for every visitor, and then nobody visits, so we eat them
Lena: Ok, one is for Anna, she's still too tired to bake
@2024-04-22
Lena: I got a parking fine in Oerlikon, CHF 40. The blue zone disc was on the wrong time
Marco: The blue zone strikes again
Lena: I set it to 10:30 instead of 11:30 because I forgot the clocks changed. Three weeks ago
Marco: 😂 I'll pay it in the e-banking, send me the QR bill
@2024-05-08
Lena: Our half-fare cards run out in June. Should we get a GA now we both go to Ticino so much?
Marco: The GA is almost CHF 3,900 each for second class. We'd need a lot of trips
Lena: Zurich–Lugano return with the half-fare is about 70. We go like 8 times a year, plus work trips
Marco: Not enough. Half-fare it is. CHF 170 each for the renewal
Lena: Fine. My spreadsheet agrees with you, for once
@2024-05-24
Marco: Davide's planning my "addio al celibato". He won't tell me where
Lena: Remember: nothing dangerous, no tattoos, back by Sunday night, and your knee
Marco: He said "bring a swimsuit and a warm jacket". Help
Lena: That's either a lake or a glacier. Or both
@2024-05-31
Marco: It's Hamburg! We're going to Hamburg for the weekend, the flight is at 7:05 from Kloten
Lena: Hamburg?? Why Hamburg?
Marco: Davide's best friend lives there and has a boat on the Alster. Hence the swimsuit
Lena: Have fun. Don't fall in the Alster
@2024-06-02
Marco: Back. Didn't fall in. Davide did. Twice
Lena: 😂😂 And how's the knee?
Marco: Fine, I didn't play football, I promise. We went to the Miniatur Wunderland and I was happier than a child
Lena: That place with the tiny trains? 
Marco: The airport with tiny planes that take off. I spent an hour there. I'm 36
@2024-06-14
Lena: My hen weekend is in Barcelona, 21–23 June. Anna's organising it. She's bringing Elio and her mother-in-law as babysitter
Marco: A hen weekend with a baby, very Swiss
Lena: We're staying in an apartment in Gràcia. Tapas at El Xampanyet on Saturday and a beach afternoon in Barceloneta
Marco: Send me the flight numbers please. I want to know when to worry
Lena: VY6207 on Friday 18:40, back Sunday VY6210 arriving 21:55
@2024-06-23
Lena: Back from Barcelona! Sunburnt shoulders, no regrets
Marco: How was the hen?
Lena: They made me wear a veil made of a mosquito net. And Elio slept through the flamenco show
Marco: Elio has taste
Lena: Also we met a couple who got married in Morcote last year. They said the Grotto's tiramisu is even better than the cake
Marco: Then we ask for a tiramisu as well. Your mum will say "too much food"
@2024-07-08
Lena: Heatwave. 34 degrees. The flat is an oven
Marco: Going to the Oberer Letten after work for a swim in the Limmat? 18:30?
Lena: YES. Bring the dry bag, we can float down from Platzspitz
Marco: And a Glacé from the kiosk afterwards
Lena: That was perfect. Floated all the way from the Platzspitz to the Letten, 15 minutes of floating bliss
@2024-07-30
Marco: Bad news: my boss wants me in Geneva for a client workshop on 10–11 September
Lena: THE WEEK OF THE WEDDING??
Marco: I said no. Holidays booked since February, 9 to 30 September, approved in the system
Lena: Good. Tell him a wedding outranks a workshop
Marco: I told him nicely. He said congratulations and sent Tobias instead
@2024-08-15
Lena: Ferragosto! Your mum invited us for lunch in Lugano on Sunday
Marco: She called me three times to ask if you eat vitello tonnato
Lena: I've eaten it at every visit for five years
Marco: She knows. She asks every time. It's her love language
@2024-08-23
Lena: My dress is ready! Final fitting went perfectly. Alterations done
Marco: Where is it going to stay until the 14th?
Lena: At my mum's in Winterthur. You're not allowed in her spare room until then
Marco: I'm not allowed in Winterthur at all, apparently
@2024-09-05
Lena: Nine days!!! Can't sleep
Marco: Me neither. I made a checklist of the checklists
Lena: Of course you did. Send it to me
Marco: 1. Rings 2. Vows 3. Passports for the Stadthaus 4. Payment for Sandro 5. Favours 6. Emergency kit: plasters, safety pins, ibuprofen, the cetirizine
Lena: Add: phone chargers and a spare pair of flat shoes for dancing
@2024-09-21
Lena: We're back in Zurich. The flat is so quiet after all the family
Marco: And 73 thank-you cards to write
Lena: 73?? I thought we said 50
Marco: My mum made a list. With addresses. Including the priest
Lena: Ok. 10 cards a night, we're done by the time we fly to Tokyo
@2024-10-08
Lena: Kyoto: the Fushimi Inari gates at 6:30 this morning were empty. Just us and a cat
Marco: And then 10,000 steps up the mountain before breakfast
Lena: The tofu lunch in Arashiyama though. Worth every step
@2024-10-11
Marco: Naoshima! The yellow pumpkin and the Chichu Art Museum. The Monet room made me quiet for once
Lena: I didn't know that was possible
Marco: Tomorrow the ferry to Uno, then the train to Okayama and Osaka
Lena: Last sushi dinner in Osaka tomorrow. Then back to reality and the Waschküche schedule
"""


def whatsapp_couple():
    """Lines in an older Android export style with Swiss dates (dd.mm.yy, 24-hour), two people."""
    out = []
    start = dt.datetime(2024, 2, 5, 8, 2)
    out.append(start.strftime("%d.%m.%y, %H:%M") + " - Messages and calls are end-to-end encrypted. No one outside of "
               "this chat, not even WhatsApp, can read or listen to them. Tap to learn more.")
    count = 0
    for day, lines in day_blocks(COUPLE):
        for (speaker, text), t in zip(lines, clock_times(day, len(lines), 7, 23)):
            out.append(t.strftime("%d.%m.%y, %H:%M") + f" - {speaker}: {text}")
            if text.lower() != "this message was deleted":
                count += 1
            if R.random() < 0.05:
                out.append(t.strftime("%d.%m.%y, %H:%M") + f" - {speaker}: <Media omitted>")
    return "\n".join(out) + "\n", count


# --- a customer-support call and a library book group (plain transcripts) ----------------------------

SUPPORT_CALL = """Northpoint Broadband, customer support call recording
Thursday 14 November 2024, 14:02, reference NB-48213-K
Recorded for training and quality purposes

Sophie: Thank you for calling Northpoint Broadband, you're speaking with Sophie. Can I take your name, please?
Daniel: Hi Sophie, it's Daniel Osei.
Sophie: Thanks, Daniel. And for security, can you confirm the first line of the address and the postcode on the account?
Daniel: 17 Larkspur Close, Reading, RG2 7QT.
Sophie: And the date of birth of the account holder?
Daniel: 3rd of March 1988.
Sophie: Perfect, thank you, you're verified. How can I help today?
Daniel: So, the internet keeps dropping out. Every evening, almost like clockwork, somewhere between 7 and 10. It goes for two or three minutes and comes back. It's been happening since about the 28th of October.
Sophie: I'm sorry to hear that, that sounds really frustrating. Is it the whole connection, so all devices at once, or just one device?
Daniel: Everything. The TV, both laptops, my phone on Wi-Fi. The light on the router goes orange, then white again.
Sophie: Okay, that's helpful. Orange on the Hub 5 means it has lost the line connection, not just the Wi-Fi. Which package are you on?
Daniel: The Fibre 150, I think. I pay £36.50 a month.
Sophie: Yes, I can see it, Full Fibre 150, 18-month contract started in June 2023. Let me run a line test while we're talking. It takes about two minutes, and your connection might drop briefly.
Daniel: That's fine, I'm on my mobile.
Sophie: While it runs, can I ask: have you moved the router recently, or changed any cables, or added anything like a mesh system or a powerline adapter?
Daniel: No, nothing. It's where it's always been, in the hallway next to the box on the wall where the fibre comes in.
Sophie: That's the ONT, the optical network terminal, the small white box. Are there any lights on that one?
Daniel: Let me look. There's a green power light, and a light that says LOS, that's off. PON is green.
Sophie: Good, LOS off is good, that means there's light on the fibre right now. If LOS goes red during a drop-out, that tells us the problem is on the fibre, not your router.
Daniel: I'll watch it tonight then.
Sophie: That would be brilliant. Okay, the line test has finished. It says the line is in sync now, but it shows 23 drop-outs in the last 14 days, all in the evening, like you said. And there are optical signal warnings on several of them.
Daniel: So it's not my imagination.
Sophie: Not at all. Signal warnings usually mean the light level on the fibre is weak. That can be a dirty or bent fibre connector, a damaged cable, or a problem at the cabinet or further up the street.
Daniel: Why only in the evenings though?
Sophie: Honestly, that's the interesting part. It could be temperature, a cable that moves a bit when it gets colder at night, or it could be congestion further up the network, but that wouldn't normally drop the line. The pattern makes me think it's physical.
Daniel: Right. My neighbour at number 19 is with you too, and she said hers is fine.
Sophie: That's useful to know. It suggests the problem is between the street and your house, rather than at the cabinet. Did anyone do any work on your street or your drive recently?
Daniel: Oh. Actually, yes. We had a new fence put in at the end of October. The fence guys were digging post holes along the side of the drive.
Sophie: That could very well be it. The fibre often runs underground along the side of the property. If a post went near it, the cable could be squeezed or bent. It might work most of the time and fail when the ground gets cold and contracts.
Daniel: Oh no. So that's my fault?
Sophie: Let's not jump to conclusions. An engineer will find out. What I'll do is book an engineer visit. If the damage is on our side, there's no charge. If it turns out the cable was damaged by work on your property, there can be a charge for repair, but the engineer will explain before doing anything.
Daniel: How much would that be?
Sophie: The standard charge for a repair caused on the customer's side is £85, plus parts if the cable needs to be replaced. But I want to be clear that we don't know yet.
Daniel: Okay. When can they come?
Sophie: The first slot I have is Tuesday the 19th, morning, 8 to 1. Or Thursday the 21st, afternoon, 1 to 6.
Daniel: Tuesday morning, please. I work from home on Tuesdays.
Sophie: Booked. Tuesday 19 November, 8 am to 1 pm. You'll get a text the day before, and another one when the engineer is on the way. The booking reference is ENG-77402.
Daniel: Great. While I have you, there's something else.
Sophie: Of course.
Daniel: I got an email saying my price goes up in April. Another increase. I thought my price was fixed.
Sophie: Let me check. Your contract from June 2023 includes an annual price rise every April. Contracts from that time had a rise of the Consumer Price Index plus 3.9 percent. Contracts that start from the 17th of January 2025 will have their rises written in pounds and pence instead, but yours is the older type.
Daniel: So how much will I pay?
Sophie: It depends on the December inflation figure, published in January, so I can't tell you an exact number today. With inflation around 2 percent, it would be roughly 6 percent, so about £2.20 more a month.
Daniel: That's annoying. Last April it went up by almost 8 percent already.
Sophie: I understand. Your contract actually ends on the 14th of December this year, so you're close to the end. That means you can look at a new deal without any early exit fees.
Daniel: What would a new deal look like?
Sophie: I can see a loyalty offer on your account: Full Fibre 300, so double the speed, for £31 a month on a new 24-month contract, with a fixed price for the whole contract, no rises.
Daniel: That's cheaper than what I pay now, for faster internet?
Sophie: It is. New contracts are priced for the current market. But I'd suggest we fix your drop-out problem first, and you decide after the engineer visit. The offer is valid until the 31st of December.
Daniel: That's fair. Can you put a note on the account?
Sophie: Already done. It says offer quoted on 14 November, Full Fibre 300 at £31, 24 months, fixed price.
Daniel: Thank you. And one more thing, sorry.
Sophie: No problem at all.
Daniel: We're moving house in the new year, probably February. Just across town, to Caversham. Does the new deal move with me?
Sophie: Yes, if Full Fibre is available at the new address, the contract moves with you. There's no moving fee on the 24-month contract, but there can be a one-off installation charge of £35 if the new home needs a new fibre connection. Do you know the postcode?
Daniel: Not yet, we haven't exchanged contracts.
Sophie: Okay. When you know, call us or use the home move form in the app at least 30 days before, so we can check availability and book the install.
Daniel: Will do. Oh, and compensation? I've had three weeks of this.
Sophie: Yes. Under Ofcom's automatic compensation scheme, you're entitled to compensation if a loss of service isn't fixed within two full working days after you report it. Since this is the first time you've reported it, that clock starts today.
Daniel: So the last three weeks don't count?
Sophie: Not under the automatic scheme, no, because we didn't know. But I can apply a goodwill credit for the disruption. I'm going to add £15 to your next bill.
Daniel: That's kind, thank you.
Sophie: You're welcome. Let me just check with my team leader whether I can do a bit more, as it's been three weeks. Can I put you on hold for a minute?
Daniel: Sure.
Marcus: Hello, Mr Osei, this is Marcus, I'm the team leader here. Sophie explained the situation. I'm sorry you've had three weeks of evening drop-outs.
Daniel: Thanks. It's mostly annoying when I'm watching football, to be honest.
Marcus: I can imagine. I've approved a credit of one month's line rental, £36.50, instead of the £15, because the line test shows the problem clearly. It'll show on your December bill.
Daniel: Oh, that's great, thank you.
Marcus: And if the engineer finds the fault is on our side, the visit is free, of course. I'll hand you back to Sophie now.
Sophie: Hi again. So, to summarise: a credit of £36.50 on your December bill; an engineer visit on Tuesday 19 November, 8 to 1, reference ENG-77402; the loyalty offer for Full Fibre 300 at £31 noted until 31 December; and a reminder to tell us about the house move 30 days before.
Daniel: Perfect. And tonight I'll watch the LOS light on the box.
Sophie: Yes, please. If it goes red during a drop-out, take a photo and reply to the text we'll send you, it helps the engineer.
Daniel: Will do.
Sophie: Is there anything else I can help with today?
Daniel: No, that's everything. You've been really helpful, Sophie.
Sophie: Thank you, that's nice to hear. You'll get a short survey by text after the call. Have a lovely afternoon, Daniel.
Daniel: You too, bye.
Sophie: Bye now."""

BOOK_GROUP = """Moseley Library Book Group, March meeting: Rebecca, by Daphne du Maurier
Tuesday 5 March 2024, 6:30 pm, community room
(recorded with everyone's permission for members who couldn't come)

Joan: Okay, shall we start? Tea and coffee are on the trolley, and Harriet brought lemon drizzle, which is why the room smells wonderful. Welcome, everyone, and welcome to Raj, who's new this month.
Raj: Thanks. I've just moved to Moseley from Coventry, and the librarian on the desk told me about the group.
Joan: Lovely. We read one book a month, we meet the first Tuesday, and subs are £2 a meeting for the tea and biscuits. This month it's Rebecca. First impressions? Femi?
Femi: I loved it, and I didn't expect to. I thought it would be a slow romance, and it's really a thriller with a very creepy house in it.
Harriet: "Last night I dreamt I went to Manderley again." Best first line in English literature, I'll fight anyone.
Tom: It's a great line. But I found the first hundred pages hard going. Monte Carlo, Mrs Van Hopper, all that.
Wendy: Oh, I loved Mrs Van Hopper! Eating her food and talking about everyone. She's so awful and so funny.
Joan: What did everyone think of the narrator? We never learn her name.
Raj: That drove me a bit mad, at first. Then I realised it's the point. She's only "the second Mrs de Winter". Rebecca has a name on every page and she has none.
Femi: And she's so young. Twenty-one, and she marries a man twice her age after a couple of weeks.
Tom: And he proposes over breakfast! "I'm asking you to marry me, you little fool." Very romantic.
Harriet: I underlined that. I wrote "red flag" in the margin. In pencil, Joan, don't worry, it's my own copy.
Joan: Thank you, Harriet. The library copies are in enough trouble already.
Wendy: For me the real star is Mrs Danvers. Every time she walked into a room I got goosebumps.
Femi: The scene in Rebecca's bedroom, where she shows the narrator the nightdress and the hairbrushes and makes her feel the fur coat. That's horror. Proper horror.
Raj: And then the window. When she tells her to jump. I had to put the book down.
Harriet: I read that bit on the number 50 bus and missed my stop.
Joan: Why do you think Mrs Danvers is so devoted to Rebecca?
Wendy: She was her nanny, wasn't she? She came with her when she married. Rebecca was her whole life.
Tom: There's more to it, I think. People have written a lot about it being a kind of love. The way she talks about her hair and her clothes.
Femi: Yes, and Rebecca didn't really love anybody. She used people. Including Danvers.
Joan: Let's talk about the twist. Without spoiling it for the recording, it's too late for that, but let's talk about Maxim.
Harriet: Well, he killed her! And we're supposed to be happy that he didn't love her.
Raj: That's the most shocking thing in the book for me. The narrator hears her husband confess to murder, and her reaction is relief, because it means he loved her and not Rebecca.
Wendy: She says something like "he never loved Rebecca" and she's almost happy.
Tom: It's very dark when you think about it. Du Maurier makes us root for a murderer.
Femi: But Rebecca is presented as so evil. She had affairs, she was cruel, she taunted him about having another man's child.
Joan: And then the doctor in London.
Harriet: Dr Baker. The cancer. Rebecca wasn't pregnant, she was dying, and she provoked Maxim on purpose.
Raj: So in a way she used him to kill her. That's a brilliant twist, it changes everything again.
Tom: And it lets Maxim off the hook, which I'm not sure I like.
Joan: Du Maurier herself said it was a study in jealousy, not a love story. Does that change how you read it?
Wendy: It does. The narrator is jealous of a dead woman the whole time. And Maxim is jealous too, in a different way.
Femi: And we only have her word for everything. She's not a reliable narrator, she imagines things all the time.
Harriet: Like the little fantasies. She imagines whole conversations that never happen.
Raj: I found those really modern. Like overthinking a text message.
Joan: Ha! Fair. What about the fancy dress ball?
Wendy: Awful. Mrs Danvers tells her to copy the dress from the portrait in the gallery, Caroline de Winter, and it's exactly what Rebecca wore the year before.
Tom: And Maxim's face. "What the hell do you think you are doing?" Poor girl.
Femi: I was yelling at the book. Don't trust Danvers!
Joan: Let's talk about the ending. The fire.
Harriet: I loved that it's ambiguous. They're driving back from London, they see the glow in the sky, and the ashes are blowing from the sea. "And the ashes blew towards us with the salt wind from the sea." The end.
Raj: Was it Danvers who set the fire? Or Favell?
Femi: Danvers, surely. She disappears that night, Frank Crawley says on the phone.
Tom: And then the beginning makes sense. They're living in some hotel abroad, bored, reading English newspapers. Manderley's gone.
Wendy: I reread the first chapter after finishing, and it was completely different the second time.
Joan: That's the mark of a good book. Did anyone watch an adaptation?
Harriet: The Hitchcock film, 1940. Laurence Olivier and Joan Fontaine. Judith Anderson as Danvers is terrifying.
Raj: I watched the Netflix one with Lily James and Armie Hammer. It was... pretty.
Tom: Pretty is the word. All the menace is gone.
Femi: The Hitchcock one changes the ending, though. Because of the censors, Maxim couldn't be a murderer, so Rebecca dies in an accident.
Joan: Good point, Femi. The Hays Code. Okay, scores out of ten? Wendy?
Wendy: Nine. Would have been ten without Monte Carlo.
Tom: Seven. Brilliant second half.
Harriet: Ten. It's my favourite book and I'm not being objective.
Raj: Eight and a half. I'm going to read more du Maurier.
Femi: Nine.
Joan: I'll give it nine too. That's an average of about eight and a half, our highest since Small Things Like These. Raj, if you want more, My Cousin Rachel is wonderful, and Jamaica Inn.
Raj: I'll borrow one tonight.
Joan: Now, business. Next month. We voted last time between Demon Copperhead, The Lincoln Highway and Tomorrow, and Tomorrow, and Tomorrow.
Harriet: Please not Demon Copperhead in a month. It's 560 pages.
Tom: It won the Pulitzer though.
Wendy: I've got knitting to do in April, not Pulitzers.
Joan: The votes were: Demon Copperhead three, Lincoln Highway two, Tomorrow two. So Demon Copperhead wins.
Femi: Could we do it over two months, then? April and May?
Joan: Good idea. We'll discuss the first half on the 2nd of April, up to the end of the foster care part, and the rest on the 7th of May.
Tom: I'm away on the 2nd of April. We're visiting my daughter in Bristol, she's just had the baby.
Wendy: Oh, congratulations, Tom! Boy or girl?
Tom: A girl. Isla. Seven pounds four ounces, born on Saturday.
Harriet: Lovely. Our first book-group grandchild of the year.
Joan: Congratulations. And we'll miss you, but the recording will be on the shared drive. Copies: the library has six copies of Demon Copperhead and two large print. I'll reserve them tonight.
Raj: I'll buy mine. Is there a second-hand bookshop nearby?
Femi: The Oxfam bookshop on Alcester Road. Most paperbacks are £2.99.
Wendy: And the little free library outside the Prince of Wales pub. I left a Jilly Cooper there last week.
Joan: Next: the summer outing. Last year we went to Stratford to see Macbeth. Ideas for this year?
Harriet: Haworth! The Brontë Parsonage. It's about three hours by train with a change at Leeds, and then the Keighley and Worth Valley steam railway.
Tom: That's a long day trip.
Femi: We could stay overnight. There are B&Bs in Haworth for about £90 a room.
Joan: Let's price it. Harriet, could you look at dates in June or July and train costs? Some of us have railcards.
Harriet: Happy to. The Parsonage is £12.50 entry, I think, less for groups.
Joan: And finally, a note from the library: the community room will be closed in April for new carpets.
Wendy: So where do we meet?
Joan: The Cuckoo Café on Woodbridge Road said we can use their back room on the 2nd, if we buy drinks. They've got good cake.
Tom: Better than lemon drizzle?
Harriet: Careful, Tom.
Joan: Nothing is better than Harriet's lemon drizzle, for the record. Right, that's everything. Thank you all. Same time on the 2nd of April, at the Cuckoo Café, first half of Demon Copperhead.
Raj: Thanks, everyone. Great first meeting.
Femi: See you in April!"""


# --- chats in other languages -------------------------------------------------------------------------
# Written for the multilingual model: a Korean chat, and one group where several languages and scripts
# mix in one conversation. Canonical JSON with fixed times (no random details), one session per day.

BUSAN_KO = ("busan-trip-ko", "부산 여행 (지민, 서연, 도윤)", "2024-05-", [
    ("10 20:14", "지민", "다음 달 연휴에 부산 가는 거 확정이지? 날짜 정하자!"),
    ("10 20:16", "서연", "응! 6월 6일부터 8일까지 어때? 목요일이 현충일이라 하루만 휴가 내면 돼."),
    ("10 20:17", "도윤", "좋아. 나도 금요일 하루 연차 쓸게."),
    ("10 20:21", "지민", "KTX로 갈까 비행기로 갈까? 서울역에서 부산역까지 KTX가 2시간 40분 정도 걸려."),
    ("10 20:23", "서연", "KTX가 편하지. 공항까지 가는 시간 생각하면 비슷해."),
    ("10 20:25", "도윤", "연휴라 표가 금방 매진될 거야. 내가 오늘 밤에 예매할게. 6일 아침 7시 출발 어때?"),
    ("10 20:26", "지민", "너무 이르다 ㅠㅠ 9시쯤은?"),
    ("10 20:31", "도윤", "9시 출발 3장 예매 완료! 한 사람당 59,800원이야. 돌아오는 건 8일 저녁 6시 차."),
    ("10 20:33", "서연", "고마워 도윤아! 숙소는 해운대 쪽으로 알아볼게."),
    ("11 12:05", "서연", "해운대 해변 바로 앞에 있는 호텔 찾았어. 오션뷰 트리플룸이 1박에 21만원인데 두 밤이면 42만원."),
    ("11 12:09", "지민", "조금 비싸긴 한데 바다 보이는 방이면 괜찮다. 그걸로 하자."),
    ("11 12:10", "도윤", "찬성. 체크인은 오후 3시지?"),
    ("11 12:12", "서연", "응, 3시 체크인이고 체크아웃은 11시. 예약했어!"),
    ("11 21:40", "지민", "먹고 싶은 거 정하자. 나는 돼지국밥은 무조건 먹어야 돼."),
    ("11 21:42", "도윤", "자갈치시장에서 회 먹자! 1층에서 고르고 2층 식당에서 먹는 데가 있대."),
    ("11 21:45", "서연", "나는 광안리에서 야경 보면서 조개구이 먹고 싶어. 밀면도!"),
    ("11 21:47", "지민", "다 먹자 ㅋㅋ 감천문화마을이랑 해동용궁사도 가고 싶어."),
    ("11 21:50", "도윤", "용궁사는 좀 멀어서 둘째 날 아침 일찍 가는 게 좋겠다. 사람 많아지기 전에."),
    ("28 19:02", "서연", "큰일이다, 일기예보 보니까 7일에 비 온대 ☔"),
    ("28 19:05", "지민", "그럼 7일에는 실내로 가자. 부산 아쿠아리움이나 신세계 센텀시티 스파랜드 어때?"),
    ("28 19:06", "도윤", "스파랜드 좋다! 찜질방 가본 지 오래됐어."),
    ("28 19:10", "서연", "용궁사는 6일 오후로 옮기자. 그날은 맑대."),
    ("6 22:30", "지민", "오늘 쓴 돈 정리했어. 택시비 28,000원, 점심 돼지국밥 36,000원, 저녁 회 120,000원."),
    ("6 22:33", "도윤", "호텔이랑 기차표까지 합쳐서 마지막 날에 나누자. 내가 계좌로 보낼게."),
    ("8 19:15", "서연", "기차 탔다! 이번 여행 진짜 최고였어. 다음엔 제주도 가자 🏝️"),
    ("8 19:16", "지민", "완전 찬성! 사진은 공유 앨범에 올려줘."),
])

FLATSHARE_MIXED = ("flatshare-mixed", "WG Weserstraße 12 (Berlin)", "2024-09-", [
    ("02 09:12", "Lucía", "Buenos días! The dishwasher is leaking again 😩 hay agua por todo el suelo de la cocina."),
    ("02 09:20", "Jonas", "Schon wieder? Ich rufe heute den Vermieter an. Please don't use it until then."),
    ("02 09:31", "Wei", "我昨天晚上用过,当时就觉得声音不对。Sorry!"),
    ("02 09:33", "Lucía", "No pasa nada, Wei. It's old, not your fault."),
    ("02 13:05", "Jonas", "Herr Albrecht sagt, der Techniker kommt am Donnerstag zwischen 8 und 12 Uhr. Can someone be home?"),
    ("02 13:10", "Priya", "I'm working from home on Thursday, I can let him in. मैं घर पर रहूंगी।"),
    ("02 13:11", "Jonas", "Danke Priya! 🙏"),
    ("05 11:48", "Priya", "Technician came. He replaced the hose, 45 euros, Herr Albrecht pays. Dishwasher works again ✅"),
    ("05 11:50", "Lucía", "¡Qué bien! Gracias, Priya."),
    ("09 19:22", "Dmitri", "Ребята, интернет опять не работает. Router shows a red light since this afternoon."),
    ("09 19:25", "Wei", "我这边也断了。我打电话给运营商了,他们说是这个区的故障,明天上午修好。"),
    ("09 19:27", "Dmitri", "Спасибо, Wei. Then I'll work from the Bibliothek tomorrow."),
    ("10 10:40", "Wei", "网络恢复了!Internet is back."),
    ("14 18:03", "Jonas", "Nebenkostenabrechnung ist da: we have to pay 312 euros extra for heating last year, geteilt durch fünf."),
    ("14 18:06", "Dmitri", "312 / 5 = 62,40 € каждый. I'll transfer mine today."),
    ("14 18:10", "Lucía", "Uf, caro. Pero vale, te lo mando esta noche, Jonas."),
    ("14 18:15", "Priya", "Sent! Maybe we should turn the heating down this winter 🥶"),
    ("20 21:30", "Lucía", "Propuesta: fiesta de bienvenida para el nuevo semestre el sábado 28? Everyone brings one dish from home."),
    ("20 21:33", "Wei", "好啊!我做饺子,猪肉白菜馅的。"),
    ("20 21:35", "Priya", "I'll make chole and jeera rice. मसाला मैं भारत से लाई हूँ।"),
    ("20 21:36", "Dmitri", "Я приготовлю пельмени... wait, Wei is already making dumplings 😂 then борщ."),
    ("20 21:40", "Jonas", "Ich mache Kartoffelsalat nach Omas Rezept und kümmere mich um die Getränke."),
    ("20 21:42", "Lucía", "Y yo una tortilla de patatas, claro. Invitamos a los vecinos del tercero?"),
    ("20 21:45", "Jonas", "Ja, gute Idee, dann beschweren sie sich nicht über die Musik 😄"),
    ("29 11:20", "Priya", "Last night was amazing! Wei's dumplings were gone in ten minutes."),
    ("29 11:25", "Wei", "谢谢大家!下次我教你们包饺子。"),
    ("29 11:30", "Dmitri", "Кто-нибудь видел мою чёрную куртку? I think someone took it by mistake."),
    ("29 11:41", "Jonas", "Sie hängt im Flur neben der Tür, jemand vom dritten Stock hat sie dort gelassen."),
])


def dated_chat(spec):
    cid, title, month, rows = spec
    turns = []
    for i, (when, speaker, text) in enumerate(rows):
        day, clock = when.split(" ")
        date = f"{month}{int(day):02d}"
        turns.append({"id": str(i + 1), "speaker": speaker, "time": f"{date}T{clock}:00", "session": date, "text": text})
    return {"id": cid, "title": title, "turns": turns}


# --- writing everything ------------------------------------------------------------------------------

def transcript_turns(text):
    """Turns ChatSearch loads from a transcript: the header (up to the first blank line) and each speaker line."""
    header, body = text.split("\n\n", 1)
    return 1 + sum(1 for line in body.split("\n") if re.match(r"^(\[[0-9:]+\] )?[A-Z][a-zü]+: ", line))


def main():
    counts = {}
    write("dinner-plans.json", dump_json(dinner(DINNER_EN, "dinner-plans", "Birthday dinner plans (Mohan and Sita)")))
    counts["dinner-plans.json"] = len(DINNER_EN)
    write("dinner-plans-zh.json", dump_json(DINNER_ZH))
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
    counts["slow-travel-podcast-ep42.txt"] = transcript_turns(text)
    write("garden-committee-2024-04.txt", MEETING + "\n")
    counts["garden-committee-2024-04.txt"] = transcript_turns(MEETING)
    # added later: generated after everything above, so the files above keep their random details
    flat = flatmates_chat()
    write("flat-2-1-craigpark.json", dump_json(flat))
    counts["flat-2-1-craigpark.json"] = len(flat["turns"])
    text, n = whatsapp_couple()
    write("WhatsApp Chat with Lena.txt", text)
    counts["WhatsApp Chat with Lena.txt"] = n
    for name, transcript in [("northpoint-support-call-2024-11-14.txt", SUPPORT_CALL),
                             ("book-group-rebecca-2024-03.txt", BOOK_GROUP)]:
        write(name, transcript + "\n")
        counts[name] = transcript_turns(transcript)
    for name, spec in [("busan-trip-ko.json", BUSAN_KO), ("flatshare-mixed.json", FLATSHARE_MIXED)]:
        chat = dated_chat(spec)
        write(name, dump_json(chat))
        counts[name] = len(chat["turns"])
    for name, n in counts.items():
        print(f"{n:6d}  {name}")
    print(f"{sum(counts.values()):6d}  turns in all")


if __name__ == "__main__":
    main()
