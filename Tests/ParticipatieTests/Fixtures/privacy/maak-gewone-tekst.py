# Generates Tests/ParticipatieTests/Fixtures/privacy/gewone-tekst.md: ordinary Dutch report text,
# hand-written sentence templates with varied dates, times, numbers and places. Deterministic.
import random
rng = random.Random(14)

months = ["januari","februari","maart","april","mei","juni","juli","augustus","september","oktober","november","december"]
weekdays = ["maandag","dinsdag","woensdag","donderdag","vrijdag","zaterdag"]
places = ["het Mystiek Theater","Servicecentrum Oost","wijkcentrum De Pijp","het stadhuis","de bibliotheek","buurthuis De Horst","Hotel Van der Valk","het Rozendaal","de Prinsenhof","wijkcentrum 't Brook","het Wilminktheater","de Grote Kerk","het Ariënsplein","zaal De Boeg","cultuurhuis Het Bolwerk","de sporthal aan de Dr. Zamenhofstraat","de school aan de Prof. Dr. Dorgelolaan","het kantoor aan de Mr. Treublaan","het Dr. Schaepmanhuis","wijkcentrum Ds. Van Dijkhof"]
streets = ["Hengelosestraat","Oldenzaalsestraat","Langestraat","Gronausestraat","Haaksbergerstraat","Boddenkampsingel","Kuipersdijk","Lasondersingel","de Marktstraat","de Burgemeester van Veenlaan"]
districts = ["Centrum","Noord","Oost","Zuid","West","Boekelo","Glanerbrug","Pathmos","Twekkelo","Usselo","Deppenbroek","Velve-Lindenhof","Wesselerbrink","Helmerhoek","Stroinkslanden","Roombeek","Twekkelerveld","Hogeland","Ribbelt","De Bothoven"]
orgs = ["de wijkraad","de dorpsraad","het wijkorgaan","de bewonersvereniging","de ondernemersvereniging","de woningcorporatie","Stadsdeelmanagement","het Participatieteam","de kerngroep","de klankbordgroep","de jongerenraad","de adviesraad sociaal domein","Kennispunt Twente","de GGD Twente","Saxion","de Universiteit Twente","het Waterschap Vechtstromen","de politie","Buurtkring Usselo","Wijkraad De Bothoven"]
functions = ["de wethouder","wethouder Van den Berg","burgemeester Van Veen","de burgemeester","de portefeuillehouder","de gebiedsmakelaar","de wijkregisseur","de projectleider","de voorzitter","mevrouw de voorzitter","de griffier","de raadsgriffier","de gemeentesecretaris","de directeur","het college","de ambtelijk opdrachtgever","de participatiecoördinator"]
topics = ["de herinrichting van het plein","het groenonderhoud","de verkeersveiligheid rond de school","de nieuwe samenwerkingsafspraken","de subsidieverordening","het uitvoeringsplan","de handreiking","de parkeerdruk","het speelterrein","de fietsroute","de afvalinzameling","de energietransitie","de warmtevisie","de woningbouwplannen","de omgevingsvisie","het wijkbudget","de buurtpreventie","de jeugdvoorzieningen","de bereikbaarheid","de openbare verlichting"]
verbs = ["besproken","toegelicht","gepresenteerd","doorgenomen","opgehaald","vastgesteld","verwerkt","aangevuld","getoetst","teruggekoppeld"]
docs = ["het participatieplan","het raadsvoorstel","het collegevoorstel","de raadsinformatiebrief","het eindverslag","de nieuwsbrief","de Participatieverordening gemeente Enschede 2022","de Regeling Wijkorganen 2008","de Subsidieverordening Wijkorganen 2023","het Actieplan Samenlevingsgericht werken","de Omgevingswet","de Algemene wet bestuursrecht"]

def day():
    return rng.randint(1,28)
def year():
    return rng.choice([2021,2022,2023,2024,2025])
def date_text():
    d, m, y = day(), rng.randint(1,12), year()
    return rng.choice([
        f"{d} {months[m-1]} {y}", f"{weekdays[rng.randrange(6)]} {d} {months[m-1]}", f"{d:02d}-{m:02d}-{y}",
        f"{y}-{m:02d}-{d:02d}", f"{d}-{m}-{y}", f"{d}/{m}/{y}", f"{months[m-1]} {y}", f"{d:02d}-{m:02d}-{y} {rng.randint(8,21)}:{rng.choice(['00','15','30','45'])}",
        f"{d:02d}.{m:02d}.{y}", f"week {rng.randint(1,52)} van {y}"])
def time_text():
    h = rng.randint(8,21)
    return rng.choice([f"{h}:{rng.choice(['00','30'])} uur", f"{h}.{rng.choice(['00','30'])} uur", f"van {h}:00 tot {h+2}:00 uur", f"{h}u{rng.choice(['00','30'])}", f"{h:02d}:{rng.choice(['00','15','30','45'])}-{h+1:02d}:{rng.choice(['00','30'])}"])
def count():
    n = rng.randint(3, 2500)
    return rng.choice([str(n), f"ca. {n}", f"circa {n}", f"ongeveer {n}", f"+/- {n}", f"ruim {n}", f"{n:,}".replace(",", "."), f"{n} à {n+20}", f"{n}-{n+15}"])
def amount():
    n = rng.randint(500, 5_000_000)
    return rng.choice([f"€ {n:,}".replace(",", "."), f"€{n:,},-".replace(",", "."), f"{n:,} euro".replace(",", "."), f"€ {n//1000} duizend", f"€ {n/1e6:.1f} miljoen".replace(".", ","), f"EUR {n}", f"€ {rng.randint(100000000,999999999)}"])
def percent():
    return rng.choice([f"{rng.randint(1,99)}%", f"{rng.randint(1,99)} procent", f"{rng.randint(1,99)},{rng.randint(1,9)}%"])
def ref():
    return rng.choice([f"kenmerk {rng.randint(1000000,9999999)}", f"zaaknummer Z/{year()%100}/{rng.randint(100000,999999)}", f"raadsvoorstel {year()}/{rng.randint(100,99999)}", f"artikel {rng.randint(1,30)}, lid {rng.randint(1,5)}", f"artikel {rng.randint(1,30)}{rng.choice(['a','b',''])} van {rng.choice(docs)}", f"bijlage {rng.randint(1,9)}", f"pagina {rng.randint(1,120)}", f"versie {rng.randint(0,3)}.{rng.randint(0,9)}", f"gmb-{year()}-{rng.randint(100000,999999)}", f"CVDR{rng.randint(100000,999999)}", f"motie M{rng.randint(1,60)}", f"{rng.randint(100000000,999999999)} (dossiernummer)"])
def phone_like():
    return rng.choice(["14 053", "telefoonnummer 14 053", "0800-1234567", "0900-8844", "112", "0900-1450", "de GGD via 0800-0500", "telefoonnummer 14 053 (lokaal tarief)"])
def web():
    return rng.choice(["www.enschede.nl/participatie", "https://www.enschede.nl/bestuur/participatie", "participatie@enschede.nl", "info@enschede.nl", "www.overheid.nl", "https://zoek.officielebekendmakingen.nl", "het formulier op enschede.nl", "@gemeente_enschede", "#enschede", "info@wijkraad-noord.nl"])
def postbus():
    return rng.choice(["Postbus 20, 7500 AA Enschede", "Antwoordnummer 1234, 7500 VB Enschede", "postcodegebied 7511", "postcode 7511 AB", "de postcodes 7511 tot en met 7548", "het gebied 7521 en 7522"])

templates = [
 lambda: f"Op {date_text()} was er een bijeenkomst in {rng.choice(places)} over {rng.choice(topics)}.",
 lambda: f"Bij deze bijeenkomst waren {count()} bewoners aanwezig, vooral uit {rng.choice(districts)} en {rng.choice(districts)}.",
 lambda: f"De avond begon om {time_text()} met een welkom door {rng.choice(functions)}.",
 lambda: f"Tijdens de {rng.randint(2,9)}e vergadering van {rng.choice(orgs)} is {rng.choice(topics)} {rng.choice(verbs)}.",
 lambda: f"In totaal hebben {count()} inwoners de enquête ingevuld; dat is {percent()} van de aangeschreven huishoudens.",
 lambda: f"Het budget voor {rng.choice(topics)} bedraagt {amount()} per jaar voor de periode {year()}–{year()+4}.",
 lambda: f"De reactietermijn liep van {date_text()} tot en met {date_text()}.",
 lambda: f"Zie ook {ref()} en {ref()}.",
 lambda: f"Vragen over {rng.choice(topics)} kunnen via {phone_like()} of via {web()}.",
 lambda: f"Schriftelijke reacties konden naar {postbus()}.",
 lambda: f"{rng.choice(orgs).capitalize()} heeft op {date_text()} een advies uitgebracht over {rng.choice(topics)}.",
 lambda: f"Het college heeft het advies op {date_text()} grotendeels overgenomen ({ref()}).",
 lambda: f"De gemeenteraad is per brief geïnformeerd ({ref()}).",
 lambda: f"Uit de gesprekken kwam naar voren dat {percent()} van de deelnemers {rng.choice(topics)} belangrijk vindt.",
 lambda: f"{rng.choice(functions).capitalize()} gaf een toelichting op {rng.choice(docs)}.",
 lambda: f"De wijkregisseurs uit {rng.choice(districts)} en {rng.choice(districts)} hebben {rng.choice(topics)} {rng.choice(verbs)}.",
 lambda: f"De bijeenkomst van {date_text()} duurde van {rng.randint(14,19)}:00 tot {rng.randint(20,22)}:30 uur.",
 lambda: f"Er waren {rng.randint(2,12)} tafels met elk {rng.randint(4,9)} tot {rng.randint(10,14)} deelnemers.",
 lambda: f"De enquête is uitgezet via het EnschedePanel ({count()} panelleden) en via sociale media.",
 lambda: f"Het aantal deelnemers lag tussen {rng.randint(10,40)} en {rng.randint(50,90)} per avond.",
 lambda: f"De kaart met {count()} reacties staat in bijlage {rng.randint(1,6)}.",
 lambda: f"Kinderen van {rng.randint(0,6)}-{rng.randint(10,18)} jaar hebben tekeningen gemaakt voor {rng.choice(topics)}.",
 lambda: f"Wijkraad {rng.choice(districts)} en Buurtkring {rng.choice(districts)} waren afwezig.",
 lambda: f"In {rng.choice(months)} {year()} volgde een tweede ronde gesprekken met {rng.choice(orgs)}.",
 lambda: f"Met de Dorpsraad {rng.choice(['Boekelo','Usselo','Lonneker','Glanerbrug'])} is op {date_text()} gesproken.",
 lambda: f"De resultaten zijn gepubliceerd op {web()}.",
 lambda: f"De kosten van {rng.choice(topics)} worden geraamd op {amount()}, waarvan {percent()} uit het wijkbudget.",
 lambda: f"Er zijn {rng.randint(2,40)} verschillende ideeën ingediend, waarvan er {rng.randint(1,20)} zijn uitgewerkt.",
 lambda: f"De projectgroep kwam {rng.randint(2,14)} keer bijeen, meestal op {rng.choice(weekdays)}avond.",
 lambda: f"Op {date_text()} om {time_text()} is de nieuwsbrief verstuurd naar {count()} adressen.",
 lambda: f"Het participatieniveau was {rng.choice(['informeren','raadplegen','adviseren','coproduceren','meebeslissen'])}, zoals vastgelegd in {rng.choice(docs)}.",
 lambda: f"De locatie {rng.choice(places)} was goed bereikbaar met bus {rng.randint(1,9)} en lijn {rng.randint(10,99)}.",
 lambda: f"In {rng.choice(streets)} en omgeving is huis-aan-huis een brief bezorgd ({count()} brieven).",
 lambda: f"De werkzaamheden aan de {rng.choice(streets)} starten in week {rng.randint(1,52)} en duren {rng.randint(2,30)} weken.",
 lambda: f"Bewoners van de {rng.choice(streets)} tussen nummer {rng.randint(1,50)} en {rng.randint(51,250)} kregen een uitnodiging.",
 lambda: f"Het tracé loopt van de {rng.choice(streets)} tot aan de {rng.choice(streets)}, een lengte van {rng.randint(200,4000)} meter.",
 lambda: f"De snelheid gaat omlaag van {rng.choice([50,80])} naar {rng.choice([30,60])} km/u.",
 lambda: f"Er komen {rng.randint(10,300)} nieuwe woningen, waarvan {percent()} sociale huur.",
 lambda: f"Het plan omvat {rng.randint(1,40)},{rng.randint(1,9)} hectare en {rng.randint(10,900)} bomen.",
 lambda: f"Tijdens de inloopavond van {date_text()} konden bewoners hun vragen stellen aan {rng.choice(functions)}.",
 lambda: f"{rng.choice(orgs).capitalize()} vroeg om meer ondersteuning bij {rng.choice(topics)}.",
 lambda: f"Volgens {rng.choice(functions)} past het voorstel binnen de financiële kaders van {amount()}.",
 lambda: f"Het verslag van de avond is op {date_text()} rondgestuurd aan alle {count()} deelnemers.",
 lambda: f"De gesprekken zijn gevoerd in {rng.randint(2,6)} rondes van {rng.randint(20,60)} minuten.",
 lambda: f"De uitkomsten zijn in {rng.choice(docs)} verwerkt (zie paragraaf {rng.randint(1,9)}.{rng.randint(1,9)}).",
 lambda: f"Op {date_text()} heeft het college {rng.choice(docs)} vastgesteld.",
 lambda: f"Mevrouw de voorzitter sloot de vergadering om {time_text()}.",
 lambda: f"De heer en mevrouw uit {rng.choice(districts)} die de avond organiseerden, werden bedankt.",
 lambda: f"Een meneer uit {rng.choice(districts)} vroeg naar de planning; een mevrouw uit {rng.choice(districts)} naar de kosten.",
 lambda: f"Het onderzoek van {rng.choice(orgs)} (n = {rng.randint(100,2000)}) geeft een rapportcijfer van {rng.randint(5,8)},{rng.randint(0,9)}.",
 lambda: f"De opkomst was {percent()} hoger dan bij de vorige ronde in {year()}.",
 lambda: f"Het vervolg staat gepland voor het {rng.choice(['eerste','tweede','derde','vierde'])} kwartaal van {year()} (Q{rng.randint(1,4)} {year()}).",
 lambda: f"Wethouder {rng.choice(['Van den Berg','Jansen','Kerkhof','Bruins'])} opende de bijeenkomst in {rng.choice(places)}.",
 lambda: f"De sessie werd begeleid door een extern bureau, onder leiding van de projectleider van {rng.choice(orgs)}.",
 lambda: f"De reacties zijn gebundeld in {rng.randint(3,12)} thema's, met {rng.randint(20,400)} opmerkingen in totaal.",
 lambda: f"Het aantal leden van {rng.choice(orgs)} groeide van {rng.randint(5,30)} naar {rng.randint(31,80)}.",
 lambda: f"Bij het Relevant Gesprek op {date_text()} waren {rng.randint(3,12)} mensen van het Participatieteam.",
 lambda: f"Buiten de kaders vallen onder meer {rng.choice(topics)} en {rng.choice(topics)}.",
 lambda: f"Code {rng.choice(['A','B','C'])}{rng.randint(1,99)} op de kaart staat voor {rng.choice(topics)}.",
 lambda: f"Sinds {year()} werken {rng.randint(10,80)} wijkorganen samen met de gemeente.",
 lambda: f"Stemmen kon van {date_text()} {rng.randint(9,12)}:00 uur tot {date_text()} {rng.randint(17,23)}:59 uur.",
 lambda: f"De {rng.choice(['1e','2e','3e','4e','5e'])} nieuwsbrief verscheen op {date_text()}.",
 lambda: f"De raadscommissie Bestuur besprak het voorstel op {date_text()} (agendapunt {rng.randint(1,20)}.{rng.randint(1,9)}).",
 lambda: f"De route van {rng.randint(2,15)},{rng.randint(1,9)} km begint bij {rng.choice(places)}.",
 lambda: f"Op de peildatum 1 januari {year()} telde {rng.choice(districts)} {rng.randint(1000,25000):,} inwoners.".replace(",", "."),
 lambda: f"De openingstijden zijn {rng.choice(weekdays)} tot en met {rng.choice(weekdays)} van {rng.randint(8,10)}.00 tot {rng.randint(16,18)}.00 uur.",
 lambda: f"Deelnemers gaven gemiddeld {rng.randint(2,5)},{rng.randint(0,9)} sterren (schaal 1-5).",
 lambda: f"In {rng.choice(['Q1','Q2','Q3','Q4'])} {year()} zijn {rng.randint(2,20)} bijeenkomsten en {rng.randint(1,9)} webinars gehouden.",
 lambda: f"Het webinar van {date_text()} is {count()} keer teruggekeken.",
 lambda: f"De eerste versie ({rng.randint(0,1)}.{rng.randint(1,9)}) is op {date_text()} gedeeld met {rng.choice(orgs)}.",
 lambda: f"Prof. dr. ir. onderzoekers van de Universiteit Twente hielpen bij de analyse.",
 lambda: f"Het Dr. Ariënsplein en de Mr. Visserstraat worden autoluw.",
 lambda: f"Om {time_text()} sloot {rng.choice(functions)} af met een samenvatting van de avond.",
 lambda: f"Het telefoonnummer van de gemeente is 14 053; het Klant Contact Centrum is open van {rng.randint(8,9)}.00 tot 17.00 uur.",
 lambda: f"Afspraken: {rng.randint(1,9)}) {rng.choice(topics)}; {rng.randint(1,9)}) {rng.choice(topics)}; {rng.randint(1,9)}) {rng.choice(topics)}.",
 lambda: f"Van de {count()} reacties gingen er {rng.randint(10,200)} over {rng.choice(topics)}.",
 lambda: f"De bewoners van {rng.choice(districts)} scoorden {rng.randint(5,9)},{rng.randint(0,9)} op tevredenheid ({year()}: {rng.randint(5,9)},{rng.randint(0,9)}).",
 lambda: f"Tabel {rng.randint(1,9)}: reacties per stadsdeel, {year()}-{year()+1}.",
 lambda: f"Het college stemde op {date_text()} in met het voorstel van {rng.choice(orgs)}.",
 lambda: f"De bewonersavond in {rng.choice(places)} trok ongeveer {rng.randint(20,150)} belangstellenden.",
 lambda: f"Een vertegenwoordiging van {rng.choice(orgs)} sprak in tijdens de raadsvergadering van {date_text()}.",
 lambda: f"Het voorstel is aangepast op {rng.randint(2,9)} punten: {rng.choice(topics)}, {rng.choice(topics)} en {rng.choice(topics)}.",
]

headings = ["## Verloop", "## Wat is opgehaald", "## Vervolg", "### Deelnemers", "### Reacties", "## Samenvatting", "### Kaders", "## Planning"]

lines = ["---", "soort: bijeenkomst", "titel: Gewone verslagtekst", "datum: 2024-05-14", f"locatie: {places[0]}", "deelnemers: ca. 60", "doelgroepen: [bewoners, ondernemers, wijkraad]", "status: afgerond", "---"]
target = 3000
while len(lines) < target:
    if rng.random() < 0.06:
        lines.append("")
        lines.append(rng.choice(headings))
        lines.append("")
    paragraph = " ".join(rng.choice(templates)() for _ in range(rng.randint(1, 3)))
    if rng.random() < 0.15:
        paragraph = "- " + paragraph
    lines.append(paragraph)
    if rng.random() < 0.4:
        lines.append("")
print("\n".join(lines[:target]))
