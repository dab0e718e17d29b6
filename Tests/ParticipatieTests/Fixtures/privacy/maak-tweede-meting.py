# A second, held-out corpus of ordinary Dutch report text: other municipalities, other phrasing.
# Written after the patterns were fixed on the first corpus, and measured once without tuning.
import random
rng = random.Random(2024)
M = ["januari","februari","maart","april","mei","juni","juli","augustus","september","oktober","november","december"]
def y(): return rng.randint(2019, 2026)
def d(): return f"{rng.randint(1,28)} {rng.choice(M)} {y()}"
def n(a=5, b=3000): return rng.randint(a, b)
gemeenten = ["Zoetermeer","Maastricht","Utrecht","Deventer","Zwolle","Almelo","Hengelo","Leeuwarden","Den Bosch","Tilburg","Nijmegen","Arnhem","Amersfoort","Haarlem","Leiden","Delft","Groningen","Assen","Emmen","Breda"]
wijken = ["Rokkeveen","Oosterheem","Meerzicht","Seghwaert","Wyck","Jekerkwartier","Lombok","Kanaleneiland","Overvecht","Zandweerd","De Hoven","Kampeneng","Binnenstad","Noordoost","Schildersbuurt","De Kolk","Hoograven","Oud-Zuid","Maaspoort","Het Zand"]
plekken = ["de Stadsbibliotheek","het Stadskantoor","wijkhuis De Boog","buurtcentrum Het Anker","het Cultuurhuis","sporthal De Vijf Meren","basisschool De Regenboog","het Ontmoetingscentrum","de Lutherse kerk","het Raadhuis","De Nieuwe Veste","het Stadhuis aan de Markt","café De Zwaan","theater De Vorstin","het Koningin Julianapark","de Sint-Janskerk","het Prins Bernhardplein","de Koningin Wilhelminalaan","het Willem-Alexanderplein","de Burgemeester Ruijsstraat"]
rollen = ["de gebiedsregisseur","de omgevingsmanager","de projectsecretaris","de procesbegeleider","een medewerker van de afdeling Ruimte","het team Participatie","de raadsgriffie","het college van B&W","de stadsdeelwethouder","de commissie Ruimte","de Raad van State","de provincie","het Rijk","de ombudsman","de adviseur communicatie","de bewonerscommissie","het buurtteam","de huurdersvereniging","de Stichting Present","het jongerenwerk"]
onderwerpen = ["het groenplan","het mobiliteitsplan","de wijkaanpak","de nieuwbouw aan de rand van de wijk","de herinrichting van de Markt","het warmtenet","de zonneweide","de windturbines","het parkeerbeleid","de speeltuin","de buurtbus","het ommetje","de schoolroute","de herontwikkeling van het stationsgebied","het hondenbeleid","de evenementen in het park","de terrassen","het beheerplan","de riolering","de bomenkap"]

T = [
 lambda: f"Op {d()} organiseerde de gemeente {rng.choice(gemeenten)} een inloopbijeenkomst in {rng.choice(plekken)}.",
 lambda: f"Ruim {n()} inwoners van {rng.choice(wijken)} dachten mee over {rng.choice(onderwerpen)}.",
 lambda: f"{rng.choice(rollen).capitalize()} presenteerde drie varianten; variant {rng.choice('ABC')} kreeg de meeste steun ({rng.randint(30,70)}%).",
 lambda: f"De online vragenlijst stond open van {d()} tot {d()} en is {n()} keer volledig ingevuld.",
 lambda: f"Van de respondenten woont {rng.randint(10,90)}% langer dan {rng.randint(2,30)} jaar in de wijk.",
 lambda: f"In de periode {y()}-{y()} zijn {n(2,40)} bijeenkomsten gehouden, verspreid over {n(2,12)} locaties.",
 lambda: f"De investering van € {n(10,900)}.{n(100,999)},- is opgenomen in de begroting {y()}.",
 lambda: f"Het krediet van €{n(1,40)},{n(1,9)} miljoen is door de raad beschikbaar gesteld op {d()}.",
 lambda: f"Deelnemers gaven het proces gemiddeld een {rng.randint(5,8)},{rng.randint(0,9)}.",
 lambda: f"Het beeldverslag van {d()} staat op de projectpagina.",
 lambda: f"Zie de raadsinformatiebrief van {d()} (nr. {n(100,999)}/{y()}).",
 lambda: f"Het besluit is gepubliceerd in het Gemeenteblad {y()}, nr. {n(1000,99999)}.",
 lambda: f"De zienswijzen ({n(3,200)} stuks) zijn samengevat in een nota van beantwoording.",
 lambda: f"Om {rng.randint(18,20)}:{rng.choice(['00','30'])} uur opende {rng.choice(rollen)} de avond; om {rng.randint(21,22)}:{rng.choice(['00','15'])} uur werd afgesloten.",
 lambda: f"Tussen {rng.randint(9,11)}.00 en {rng.randint(12,16)}.00 uur was er een markt met kramen over {rng.choice(onderwerpen)}.",
 lambda: f"De wandeling van {rng.randint(1,6)},{rng.randint(1,9)} kilometer voerde langs {rng.randint(3,12)} plekken in {rng.choice(wijken)}.",
 lambda: f"Er kwamen {n(3,90)} reacties binnen per e-mail en {n(3,90)} per post.",
 lambda: f"Vragen konden gesteld worden via het algemene nummer 14 0{rng.randint(10,99)} of via het contactformulier.",
 lambda: f"De bewonersbrief (oplage {n(100,9000)}) is bezorgd in de postcodegebieden {rng.randint(1000,9999)} en {rng.randint(1000,9999)}.",
 lambda: f"Het plangebied ligt tussen de {rng.choice(plekken)} en de spoorlijn.",
 lambda: f"Op verzoek van {rng.choice(rollen)} is een extra avond gepland in week {rng.randint(1,52)}.",
 lambda: f"De jongeren ({rng.randint(12,17)} tot {rng.randint(18,23)} jaar) kozen vooral voor sport en ontmoeten.",
 lambda: f"Een {rng.randint(2,9)}-tal ondernemers sprak in bij de commissie op {d()}.",
 lambda: f"Uit de peiling blijkt dat {rng.randint(1,9)} op de {rng.randint(10,10)} bewoners tevreden is over {rng.choice(onderwerpen)}.",
 lambda: f"De bijeenkomst is opgenomen; de opname is {n()} keer bekeken.",
 lambda: f"Daarna volgde een ronde langs de tafels, elk met een eigen thema: {rng.choice(onderwerpen)}, {rng.choice(onderwerpen)} en {rng.choice(onderwerpen)}.",
 lambda: f"Het advies van de bewonerscommissie (d.d. {rng.randint(1,28)}-{rng.randint(1,12)}-{y()}) is integraal overgenomen.",
 lambda: f"Niet overgenomen is het voorstel om {rng.choice(onderwerpen)} uit te stellen tot {y()}, omdat dit buiten de financiële kaders valt.",
 lambda: f"Het ontwerp is op {rng.randint(3,9)} punten aangepast naar aanleiding van de reacties.",
 lambda: f"Inwoners konden tot en met {d()} hun zienswijze indienen bij de gemeenteraad.",
 lambda: f"De participatie is uitgevoerd volgens de Participatieverordening {rng.choice(gemeenten)} {y()}, artikel {rng.randint(2,12)}.",
 lambda: f"Het college nam het besluit op {d()}; de raad behandelde het voorstel op {d()}.",
 lambda: f"Bij de start waren {n(10,120)} mensen aanwezig, bij de afsluiting {n(10,120)}.",
 lambda: f"Van de {n(100,5000)} aangeschreven adressen reageerde {rng.randint(5,60)} procent.",
 lambda: f"Het verslag is vastgesteld in de vergadering van {d()} en rondgestuurd op {d()}.",
 lambda: f"Kaart {rng.randint(1,9)} toont de {n(10,400)} opmerkingen per straat.",
 lambda: f"De klankbordgroep bestond uit {rng.randint(6,16)} bewoners, {rng.randint(1,4)} ondernemers en {rng.randint(1,3)} vertegenwoordigers van de woningcorporatie.",
 lambda: f"Bewoners van {rng.choice(wijken)} noemden {rng.choice(onderwerpen)} het belangrijkst (score {rng.randint(60,95)} van 100).",
 lambda: f"De inloop was van {rng.randint(15,17)}:00 tot {rng.randint(19,21)}:00 uur in {rng.choice(plekken)}.",
 lambda: f"De website {rng.choice(['denkmee','doemee','praatmee','samenbouwen'])}.{rng.choice(gemeenten).lower().replace(' ','')}.nl had {n(500,20000)} bezoekers.",
 lambda: f"Aanmelden kon via aanmelden@{rng.choice(gemeenten).lower().replace(' ','')}.nl; vragen via info@{rng.choice(gemeenten).lower().replace(' ','')}.nl.",
 lambda: f"Het programma: {rng.randint(18,19)}.30 uur inloop, {rng.randint(19,20)}.00 uur presentatie, {rng.randint(20,21)}.00 uur gesprek aan tafels.",
 lambda: f"Op de poster stond het nummer van de buurtbus: 0800-{rng.randint(1000,9999)}.",
 lambda: f"De eerste fase liep van Q{rng.randint(1,4)} {y()} tot Q{rng.randint(1,4)} {y()}.",
 lambda: f"De kosten per huishouden bedragen € {rng.randint(10,90)},{rng.randint(10,99)} per maand.",
 lambda: f"Het aantal meldingen daalde van {n(100,900)} in {y()} naar {n(50,400)} in {y()}.",
 lambda: f"{rng.choice(rollen).capitalize()} heeft de reacties gewogen aan de hand van {rng.randint(3,6)} criteria.",
 lambda: f"De wethouder bedankte de bewoners voor hun inzet en beloofde een terugkoppeling in {rng.choice(M)}.",
 lambda: f"De heer en mevrouw waren het niet eens met het tracé, een meneer vond de planning te krap.",
 lambda: f"Burgemeester en wethouders van {rng.choice(gemeenten)} maken bekend dat het ontwerp ter inzage ligt.",
 lambda: f"Het Koning Willem-Alexander Fonds en het Prins Bernhard Cultuurfonds droegen bij.",
 lambda: f"De Dr. Nolenslaan en de Mgr. Nolensplein worden opnieuw ingericht.",
 lambda: f"Het onderzoek is uitgevoerd door Bureau Onderzoek ({n(200,3000)} respondenten, betrouwbaarheid {rng.randint(90,99)}%).",
 lambda: f"De reacties zijn anoniem verwerkt: namen en adressen staan niet in dit verslag.",
 lambda: f"Het telefoonnummer van het wijkteam staat op de website.",
 lambda: f"Een bewoner van de {rng.choice(['Lindelaan','Kastanjelaan','Molenstraat','Kerkweg','Dorpsstraat'])} vroeg om extra verlichting.",
 lambda: f"Op nummer {rng.randint(1,150)} tot en met {rng.randint(151,300)} komen nieuwe bomen.",
 lambda: f"Straatnamen in het nieuwe deel: {rng.choice(['Lindelaan','Kastanjelaan','Molenstraat'])} 1-{rng.randint(20,80)} en {rng.choice(['Kerkweg','Dorpsstraat','Schoolstraat'])} 2-{rng.randint(20,80)}.",
]
H = ["## Aanleiding", "## Aanpak", "## Resultaten", "### Wat we hoorden", "### Wat we ermee doen", "## Vervolgstappen", "### Bijlagen"]
lines = ["---", "soort: onderzoek", "titel: Tweede meting", "datum: 2024-06", "status: afgerond", "---"]
while len(lines) < 2000:
    if rng.random() < 0.07: lines += ["", rng.choice(H), ""]
    p = " ".join(rng.choice(T)() for _ in range(rng.randint(1, 4)))
    if rng.random() < 0.1: p = "- " + p
    lines.append(p)
    if rng.random() < 0.5: lines.append("")
print("\n".join(lines[:2000]))
