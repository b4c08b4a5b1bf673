"""The event coder: who did what to whom in each sentence, as PLOVER types and modes and CAMEO codes.

A predicate (verb, nominalisation or "ready to" adjective) from the pack's cue lexicon is coded by its
complement ("demanded talks" → 106, "demanded a ceasefire" → 1056); its source and target come from the parse
(passives and passive participles, conjunctions, relative clauses, control verbs, possessives, "X and Y met"
as X meeting Y); modality, negation, the reporter, the date and the place are read around it. The CAMEO code
decides the PLOVER type and mode through the pack's crosswalk.

A sentence may report several events: a second act conjoined with the first, a meeting the first happened at
("agreed in a call with Trump"), an owned proposal that is rejected ("rejected the AU's offer to mediate").
What is only the content of another event ("demanded that Kyiv withdraw"), its purpose ("sent troops to
fight"), a condition, an inference ("… shows the Kremlin is not interested") or a public's opinion is not one.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from ..model import Actor, Event, Modality
from ..ontology.schema import EventCue, Pack
from .attribution import attribute
from .event_cues import (
    ADJUNCT_PREPS,
    DEADLINE_UNITS,
    NO_EVENT,
    cameo_code,
    deadline_parties,
    is_deadline_act,
    is_guarded,
    lexicon,
    match_cue,
    modality_of,
    obliging_speaker,
    plain_cue,
)
from .event_frames import (
    CONDITIONS,
    SHARES,
    TRUCES,
    assisted_party,
    coded_above,
    condition_of,
    crosses_border,
    date_of,
    describes_subject_act,
    endorses_truce,
    evidence_of,
    fallen_ruler,
    fired_into_sea,
    governed_tokens,
    has_scoreline,
    in_condition_clause,
    in_exchange,
    in_own_clause,
    instrument_act,
    is_accord_content,
    is_anchored_noun,
    is_assisting,
    is_attitude,
    is_circumstance,
    is_condemned_act,
    is_content,
    is_counterfactual,
    is_description,
    is_faced,
    is_inferred,
    is_mishap,
    is_own_event,
    is_polled,
    is_prior_act,
    is_protest_aim,
    is_purpose,
    is_purpose_of_same,
    is_rank_description,
    is_reason_phrase,
    is_reciprocal,
    is_rehearsed,
    is_result,
    is_stance,
    is_to_blame,
    is_unframed,
    is_unreal_nominal,
    is_yielded_to,
    labels_own_target,
    location_of,
    nationality_of,
    pronoun_owned,
    repeats_head,
    reports_clause,
    requested_by,
    seat_stormed,
    separate_acts,
    shares_subject,
    unrepeated_events,
    warned_penalty,
)
from .event_nesting import nested_doer
from .event_parties import (
    HOSTING,
    REPRISALS,
    SPONSORSHIPS,
    actors_above,
    addressee,
    adjunct_mediator,
    anonymous_attacker,
    attacker_of,
    bidden_by,
    bidding_parties,
    claimant,
    condition_setter,
    conditioned_party,
    conjunct_states,
    coordinated_mentions,
    crowd_actor,
    delegates_actor,
    distinct_mentions,
    document_author,
    domestic_partner,
    donor_of,
    earlier_actor,
    hosts_two_sides,
    is_adjunct_talks,
    is_direct_target,
    is_domestic,
    is_enforcer,
    is_known_guest,
    is_multinational,
    is_own_forces,
    judged_move,
    led_by_state,
    light_subject,
    localised_source,
    meeting_clause,
    meeting_doers,
    meeting_host,
    mover_of,
    named_mediation,
    named_members,
    names_forces,
    names_perpetrator,
    other_state,
    owned_by_party,
    owner_token,
    parties_between,
    passive_host,
    reaction_parties,
    resolution_adopters,
    retaliated_against,
    sole_state,
    source_and_target,
    split_parties,
    stand_in_state,
    state_led,
    suspended_member,
    the_two_parties,
    unidentified_actor,
    wider_parties,
)
from .event_syntax import (
    event_subject,
    gerund_subject,
    governing_verb,
    governors,
    speaker_of_pronoun,
)
from .event_targets import (
    DEPARTURES,
    PLACE_TARGETS,
    SYMMETRIC,
    asked_audience,
    compatriot,
    conditioned,
    destination,
    is_counterpart,
    is_regional,
    objectless_attack,
    own_rulers_protested,
    protest_target,
    refine_target,
)
from .geography import Geography, geography
from .syntax import (
    ActorIndex,
    Mention,
    agent_of,
    bare,
    children,
    group_mention,
    negated,
    sentence_of,
    state_mention,
    subject_of,
    subtree,
    tokens_of,
)

HOSTED = {"AID", "COOPERATE", "COERCE"}


SUSPENSION = "161"
DEMAND = "100"
# What a party yields (CAMEO 08), demanded of it (105, 104): "as soon as Ukraine withdraws" demands a withdrawal.
YIELD_DEMANDS = {"081": "1051", "082": "1052", "083": "104", "0831": "1041", "0832": "1042", "0833": "1043",
                 "0834": "1044", "084": "1053", "085": "1054", "086": "1055", "087": "1056"}


SHARED_OBJECTS = {("ASSAULT", "COERCE"), ("COERCE", "COERCE"), ("CONSULT", "SUPPORT"), ("CONSULT", "AGREE")}


CUE_POS = {"NOUN", "PROPN", "VERB", "AUX", "ADJ"}


def last_pair(events: list[Event]) -> tuple[Actor, Actor] | None:
    """The two parties of the last meeting among ``events`` (its source and target, different coded parties),
    whom a later "the two presidents" or "both sides" stands for."""
    return next(((e.source, e.target) for e in reversed(events) if e.type == "CONSULT" and e.source is not None
                 and e.target is not None and e.source.code and e.target.code and e.source.code != e.target.code),
                None)


def _asks(sent: Span) -> bool:
    """Whether a sentence ends in a question mark (read from its last word: building its text is slow)."""
    end = sent.end - 1
    while end > sent.start and sent.doc[end].is_space:
        end -= 1
    return sent.doc[end].text.rstrip().endswith("?")


def events_in(sent: Span, index: ActorIndex, pack: Pack, base: date | None, sentence: int) -> list[Event]:
    """Every event the sentence reports, none for opinion, background or questions."""
    if _asks(sent):
        return []
    lex = lexicon(pack)
    geo = geography(pack)
    toks = tokens_of(sent)
    words = {t.lower_ for t in toks} | {t.lemma_ for t in toks}  # for quick tests of rare words (lower-case words,
    # whose lemmas are lower-case)
    found: list[tuple[Token, EventCue, Token | None]] = []
    for tok in tokens_of(sent):
        if tok.pos_ not in CUE_POS:
            continue  # match_cue reads no other word class
        hit = match_cue(tok, lex)
        if hit and not is_guarded(tok, lex) and tok.i not in index.by_token:
            found.append((tok, hit[0], hit[1]))
    framed = {tok.i: cameo_code(cue, tok, partner) for tok, cue, partner in found}
    for n, (tok, cue, partner) in enumerate(found):
        plain = plain_cue(tok, lex) if framed[tok.i] is None and cue.with_ and cue.cameo == UNFRAMED else None
        if plain is not None and (code := cameo_code(plain, tok, None)) is not None:  # "took to the streets … in
            found[n], framed[tok.i] = (tok, plain, None), code  # protests" is no "take in" of refugees
    partners = {p.i for _, _, p in found if p is not None}
    governed = {t.i: governed_tokens(t) for t, _, _ in found}
    unframed = {tok.i for tok, cue, _ in found if framed[tok.i] is None and cue.cameo == UNFRAMED}
    codes = {tok.i: framed[tok.i] or cue.cameo for tok, cue, _ in found}
    codes |= {tok.i: RESIGNATION for tok, cue, _ in found if cue.cue == "flee" and _ruler_fled(tok, index, geo)}
    kinds = {i: e.type if (e := pack.cameo.get(c)) is not None else None for i, c in codes.items()}
    live = {i for i, kind in kinds.items() if kind is not None}
    reporting = set(pack.reporting_cues.get("verbs", []))
    events: list[Event] = []
    faced = {tok.i: kinds[tok.i] for tok, _, _ in found if is_faced(tok)}
    acted: dict[int, list[Mention]] = {}  # the sources each coded predicate found
    aimed: dict[int, tuple[Mention, str]] = {}  # the target and type each coded predicate found
    reached: dict[int, tuple[Mention, str]] = {}  # the same, counting a target of the source's own state
    protested: set[int] = set()  # the predicates coded as protests
    planned = _attack_plans(found, codes)  # "was drawing up plans to fire missiles near Guam": a threat
    yields = _promised_yields(found, codes)  # "promised to free 52 prisoners": a concession announced
    demanded = _second_demands(found, codes, kinds)  # "urged Putin to de-escalate and return the children"
    made: dict[int, int] = {}  # where each predicate's events start in ``events``
    planners = {v.i for v in planned.values()}  # the verbs of planning, and the acts promised, coded by another
    promised = {act.i for act in yields.values()}
    through = {tok.i: verb for tok, _, _ in found if (verb := instrument_act(tok, kinds)) is not None}
    signings = {v.i for v in through.values() if kinds.get(v.i) == "SUPPORT"}  # "signed a treaty absorbing
    # Crimea": the annexation is the act, the signing only its form
    entries = {tok.i for tok, _, _ in found if _entry_before_attack(tok, kinds)}  # "Soviet tanks rolled into
    # Budapest and shelled buildings": the shelling is the attack; the entry only gives it its target
    warnings = {tok.i: foretold for tok, cue, _ in found if codes[tok.i] == PESSIMISM and cue.cue in ADDRESSED
                and (foretold := warned_penalty(tok, kinds, index)) is not None}
    penalties = {act.i for _, act in warnings.values()}  # the penalty a warning foretells is its content
    for tok, cue, partner in found:
        made[tok.i] = len(events)
        if tok.i in partners or tok.i in planners or tok.i in demanded:  # "agreed to
            continue  # meet": the complement is coded by the outer predicate; drawing up plans to attack, by the
            # attack planned; a second act demanded, by the demand (below)
        outer = [i for i, inside in governed.items()
                 if tok.i in inside and i != tok.i and not is_unframed(sent.doc[i], i in unframed, tok)
                 and not in_own_clause(tok, sent.doc[i])]
        if tok.i in signings or tok.i in promised or tok.i in penalties:
            continue  # "promised after talks to scale back": the promise codes the retreat; a penalty warned of, the
            # warning
        doer = nested_doer(tok, codes[tok.i], index, geo, live) if outer else None
        ruler = fallen_ruler(tok, codes, index) if kinds[tok.i] == "PROTEST" else None
        if outer and tok.i not in planned and tok.i not in through and doer is None and ruler is None\
                and not is_own_event(tok, index, [codes[i] for i in outer], codes[tok.i])\
                and not is_protest_aim(tok, kinds) and not _second_decision(tok, found, codes)\
                and not _same_subject_act(tok, codes):
            continue  # "offer to mediate", "press for negotiations": coded by the outer predicate
        if is_rehearsed(tok) or is_deadline_act(tok) or "whether" in words and _open_question(tok)\
                or _foretold(tok, cue) or is_circumstance(tok) or is_rank_description(tok, kinds)\
                or _sources_knowledge(tok):
            continue  # "drills practising blockades and strikes", "had until Friday to accept", "whether the
            # generals can hand power back is far from clear": not done
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and codes.get(tok.head.i) == codes[tok.i] and tok.head.i in live\
                and not any(c.dep_ == "poss" for c in children(tok)):  # not "accepted Kim's invitation"
            continue  # "give Putin ultimatum" (a headline's "Putin ultimatum" read as one noun): the verb codes it
        if labels_own_target(tok, kinds):
            continue  # "fired missiles at what it called terrorist infrastructure": a label, not an accusation
        if describes_subject_act(tok, kinds):
            continue  # "a drone strike ordered by Trump killed …": the verb the strike is the subject of codes it
        code = codes[tok.i]
        if cue.cue in DECISIONS and partner is not None and codes.get(partner.i, "")[:2] in DECIDED:
            code = codes[partner.i]  # "agreed to cut Russian banks off from SWIFT": a joint decision to sanction
        act = next((c for c in children(tok) if c.dep_ == "xcomp"), None)
        vowed = codes.get(act.i, "") if act is not None and not negated(act) else ""  # "pledged not to attack
        # them": a promise of restraint is an agreement, not a threat
        refused = kinds.get(act.i) if act is not None and negated(act) else None
        if cue.cue in PROMISES and code[:2] == "03" and refused in REFUSED:  # "swore never to accept the verdict": a
            code = REFUSED[refused]  # promise not to agree or yield is a refusal
        if cue.cue in PROMISES and code[:2] == "03" and vowed[:2] in VIOLENT:  # "vowed to hunt down protesters",
            code = "1382" if vowed[:3] == "192" else "138"  # "pledged to annex the Jordan Valley": a threat
        if cue.cue in READINESS and code[:2] == "03" and vowed[:2] in VIOLENT:  # "was ready to fight if Europe
            code = "138"  # started one", "ready to use force to crush the aggressors": readiness to attack threatens
        if tok.i in planned:
            code = THREAT
        if tok.i in yields:
            code = codes[yields[tok.i].i]
        waters = fired_into_sea(tok) if code[:2] == "19" and cue.cue in FIRINGS and tok.i not in planned else None
        if waters is not None:
            code = SHOW_OF_FORCE  # "fired ballistic missiles into waters around Taiwan": a show of force, not a strike
        unruled = _force_not_ruled_out(tok, cue, partner)
        if unruled is not None:  # "refused to rule out using military coercion to take control of Greenland"
            code = unruled[0]
        deadline = _deadline_given(tok) if cue.cue == "give" else None
        if deadline is not None and _sent_away(tok, deadline, geo):
            code = EXPULSION  # "gave Germany's ambassador 48 hours to leave the country"
        elif deadline is not None and code != ULTIMATUM:  # "gave Niger's junta a week to reinstate Bazoum": a
            demanded_code = codes.get(deadline.i, "")  # demand, not a gift
            code = next((YIELD_DEMANDS[demanded_code[:n]] for n in (4, 3) if demanded_code[:n] in YIELD_DEMANDS),
                        DEMAND)
        if code[:3] == "042" and _airliner(event_subject(tok)):
            continue  # "an Ethiopian Airlines jet landed in Asmara": a passenger flight
        if code[:3] == "042" and _arms_arriving(tok):
            code = ARMS_AID  # "Germany's first IRIS-T system has arrived in Ukraine": weapons delivered, not a visit
        if code[:2] == "07" and _energy_supplied(tok):
            code = ECONOMIC  # "Gazprom resumed gas deliveries to Ukraine": energy sold is trade, not aid
        if code[:2] == "01" and cue.cue in DEPARTURES and names_forces(event_subject(tok), index):
            code = "0874"  # "the last Russian troops left Estonia": forces leaving a place withdraw from it
        if code[:2] == "01" and cue.cue in INCURSIONS and crosses_border(tok) \
                and names_forces(event_subject(tok), index):
            code = "190"  # "Iraqi tanks rolled across the border": forces crossing into a country invade it
        if code[:2] == "01" and cue.cue in ADVANCES and _heads_for(tok) and _forces_on_move(event_subject(tok), index):
            code = DEPLOYMENT  # "tank columns rolled towards the capital", "a carrier group moved into the Adriatic"
        if code[:2] == "01" and cue.cue in INCURSIONS | ADVANCES and _heads_for(tok) \
                and _relief_convoy(event_subject(tok)):
            code = RELIEF  # "aid lorries crossed from Jordan into Syria": relief delivered
        if code[:2] == "01" and (cue.cue, cue.with_) == ("walk", "out") and _workers(event_subject(tok)):
            code = STRIKE  # "dockers and nurses walked out across the country": a strike
        if code[:2] in {"01", "04"} and (cue.cue, cue.with_) in INVASIONS and not is_assisting(tok):
            lander = event_subject(tok)
            if (friendly := _friendly_arrival(subject_of(tok) or lander)) is not None:  # "peacekeepers led by
                code = friendly  # Australia", "a plane carrying tents landed"
            elif names_forces(lander, index):
                code = INVASIONS[cue.cue, cue.with_]  # "marines landed on Grenada", "tanks moved on the border
                # posts", "rebels entered Goma": forces landing on or moving on a place invade it, entering occupies it
        asker = requested_by(tok) if code[:3] in SENDINGS else None
        if asker is not None and (code[:3] == DEPLOYMENT or names_forces(event_subject(tok), index)):
            code = PROTECTION  # "troops crossed into Bahrain at the request of its rulers", "deployed soldiers after
            # an appeal for help from Bamako": forces sent on request help the asker
        if code == TALKS_BROKEN and cue.cue == "end" and any(c.dep_ == "dobj" and c.lemma_.lower() in SPANS
                                                             for c in children(tok)):
            code = "040"  # "ended two days of talks in Abu Dhabi": talks concluded, not broken off
        if code == PRAISE and cue.cue in ENDORSEMENTS and tok.pos_ == "VERB" and endorses_truce(tok):
            code = TRUCE_AGREED  # "Ukraine endorsed a 30-day ceasefire": agreeing to a truce, not praising one
        if code == PRAISE and cue.cue in GREETINGS and is_known_guest(tok, index):
            code = "043"  # "Trump welcomed Putin on a red carpet": a host receiving a visitor, not praise
        if code[:2] == "01" and cue.cue in ADDRESSED and addressee(tok, index) is not None:
            code = "130"  # "warned North Korea that …": a warning addressed to a party is a threat
        if tok.i in warnings:
            code = warnings[tok.i][0]  # "warned that they would shut all border crossings with Belarus": a threat
        entry = pack.cameo.get(code)
        if entry is None or entry.type is None:
            continue
        chain = governors(tok)
        if is_yielded_to(tok):
            continue  # "bowing to weeks of protests": the cause of another act, not one its subject did
        if entry.type == "ASSAULT" and (has_scoreline(tok) or is_mishap(tok)):
            continue  # "Dynamo Kyiv beat Shakhtar Donetsk 3-1": a match, not a fight; "the plane crashed, killing
            # 50": an accident
        if repeats_head(tok, kinds) or is_purpose(chain[-1], live) and entry.type != "REQUEST"\
                or is_unreal_nominal(tok) or is_counterfactual(tok) or is_inferred(chain)\
                or not words.isdisjoint(SHARES) and is_polled(tok, chain)\
                or is_reason_phrase(tok) or is_to_blame(tok)\
                or is_result(tok, live, entry.type) or is_description(tok) or is_stance(tok, entry.type):
            continue
        if coded_above(chain, lex, unframed) and not is_protest_aim(tok, kinds) or in_condition_clause(tok)\
                or is_purpose_of_same(tok, codes)\
                or is_content(tok, live, reporting) and tok.i not in through\
                and not is_crowd_protesting(tok, entry.type) or reports_clause(tok, live, reporting):
            continue
        if tok.i in faced:
            continue  # "or face new sanctions": a threatened penalty, not one imposed
        if tok.pos_ in {"NOUN", "PROPN"} and doer is None and not is_anchored_noun(tok, index):
            continue  # "the fighting", "the Kremlin's demands, analysts note": a mention, not a report
        bidding = tok.pos_ == "NOUN" and bidden_by(tok) is not None and bool(outer)
        if bidding:  # "deployed troops at the request of the government in Maputo": Mozambique asks Rwanda
            code = cue.cameo if pack.cameo.get(cue.cameo) is not None else code
            entry = pack.cameo[code]
        sources, target = bidding_parties(tok, index, geo) if bidding\
            else reaction_parties(tok, index, geo) or source_and_target(tok, index, live)
        claimed = claimant(tok, index) if entry.type == "ASSAULT" else []
        if claimed and all(m.actor.code is None for m in sources):  # "in an attack claimed by the rebels"
            sources = claimed
            target = None if target is not None and target.actor.code in {m.actor.code for m in claimed} else target
        if doer is not None:  # "Moscow accepted a US proposal", "Washington's decision to rearm Israel": the owner
            sources = [doer]  # named on the act does it, not the outer act's doer
            target = target if target is not None and target.actor.code not in {None, doer.actor.code} else None
        owner = nationality_of(tok) if (is_prior_act(tok) or is_condemned_act(tok, [codes[i] for i in outer], code))\
            and owner_token(tok, index) is None else None
        if owner is not None and owner.lower_ in geo.code:  # "over the Soviet invasion of Afghanistan": the
            sources = [state_mention(geo.code[owner.lower_], owner)]  # nationality's state, not the boycotter
        answered = _answered_party(tok, index, geo) if tok.pos_ == "NOUN" and is_prior_act(tok) \
            and pronoun_owned(tok) else None
        if answered is not None:  # "imposed sanctions on North Korea over its nuclear test": the party answered
            sources = [answered]
            target = target if target is not None and target.actor.code != answered.actor.code else None
        if unruled is not None and (target is None or target.actor.code is None):  # whom the force would hit
            target = next((m for t in subtree(unruled[1]) if t.i > unruled[1].i and (m := index.at(t) or (
                stand_in_state(t, geo, shallow=True) if t.pos_ == "PROPN" else None)) is not None
                           and m.actor.code and all(m.actor.code != s.actor.code for s in sources)), target)
        adopters = resolution_adopters(tok, index) if tok.pos_ == "VERB" else []
        if adopters:  # "the Assembly adopted a resolution condemning Russia": the body that adopts it condemns
            sources = adopters
        if tok.i in planned:  # the planner threatens, the attack planned says whom
            sources = source_and_target(planned[tok.i], index, live)[0]
        member = suspended_member(tok, index)
        if member is not None:  # "suspended Gabon from all its activities", "Mali was suspended from the AU"
            code, entry, (body, target) = SUSPENSION, pack.cameo[SUSPENSION], member
            sources = sources or ([body] if body is not None else [])
        receipt = cue.cue in RECEIPTS and cue.with_ is None and code[:2] == "07" and bool(sources)
        donor = donor_of(tok, index, geo) if receipt else None
        if donor is not None:  # "Nicaragua took delivery of 50 tanks from Russia"
            sources, target = [donor], sources[0]
        subject = event_subject(tok) if tok.pos_ == "VERB" else light_subject(tok)
        donors = _donors(subject, index) if code == ARMS_AID and subject is not None else []
        sources, target = (donors, None) if donors else (sources, target)  # "the tanks promised by Poland have
        # arrived in Ukraine": the promiser delivers them
        parties = conjunct_states(subject, index, geo)
        if len(parties) > 1:  # "Angolan and South African negotiators", "Colombian police and US drug agents"
            sources = [*parties, *(m for m in sources if all(m.actor.code != p.actor.code for p in parties))]
        if not sources and subject is not None and kinds.get(subject.i) == entry.type:
            sources = attacker_of(subject, index, geo)  # "a US drone strike ordered by Trump killed …"
        if not sources and code == SHOW_OF_FORCE and target is not None and target.actor.code\
                and any(c.dep_ == "nsubjpass" for c in children(tok)):
            sources, target = [target], None  # "North Korea's new Hwasong-18 was test-fired": the owner tests it
        if not sources and tok.i not in through:  # a signed instrument's act is the signer's (below)
            if subject is not None:  # "a US drone strike", "protesters in Tehran"; not "inflation in Turkey"
                stand_in = stand_in_state(subject, geo, shallow=subject.tag_ not in {"NNS", "NNPS", "NNP"})
                sources = [stand_in] if stand_in else []
            if not sources and entry.type in UNNAMED_PERPETRATORS and names_perpetrator(subject):
                sources = [unidentified_actor(subject)]  # "gunmen abducted 27 pupils": violence by unnamed attackers
            described = subject is not None and (subject == gerund_subject(tok) or tok.dep_ in {"relcl", "acl"} and (
                subject.i == tok.head.i and kinds.get(subject.head.head.i) != "PROTEST")
                and (tok.dep_ == "relcl" or tok.tag_ == "VBG"))
            # "schoolchildren marching", "fired on a crowd protesting against the pass laws", "his supporters who
            # gathered to protest"; not "protests by environmentalists who blocked roads", the same protest
            if not sources and entry.type == "PROTEST" and (names_perpetrator(subject) or described):
                sources = [crowd_actor(subject, tok, geo)]  # "farmers drove tractors to New Delhi to protest"
        if not sources and entry.type in HOSTED:  # "was extradited from the United States", "were granted asylum
            sources = passive_host(tok, geo)  # in Moscow": the state a passive act without an agent happens in
        if not sources and entry.type == "MOBILIZE" and agent_of(tok) is None:
            sources = _forces_moved(tok, index, geo)  # "26,000 British troops were ordered to the Gulf"
        if not sources and code == DEPLOYMENT and cue.cue in ADVANCES:
            sources = _fleet_state(subject, geo)  # "a second US carrier group moved into the Adriatic"
        if not sources and cue.cue in SUMMONS and agent_of(tok) is None:
            sources = _summoner(tok, index, geo)  # "the US ambassador was summoned to the German foreign ministry"
        announced = False
        if not sources and (code[:2] == YIELDING or entry.type in ANNOUNCED) and agent_of(tok) is None:
            # "De Klerk said Mandela would be freed", "said the men had been expelled": the announcer's side acts
            sources = _announcer(tok, index, code[:2] == YIELDING, ANNOUNCED.get(entry.type, ANNOUNCING))
            if not sources and code[:3] == ARREST:  # "police said 300 people had been arrested": an official
                sources = [m for m in _announcer(tok, index, False, {"say"}) if m.actor.kind != "state"]  # body
            announced = bool(sources)  # telling of arrests made them; "Kyiv said 40 citizens were detained" need not
        if not sources and subject is not None:  # "handed Ukraine a memorandum that demanded …"
            sources, given_to = document_author(subject, index)
            target = given_to if target is None or target.actor.code is None and given_to is not None else target
        if subject is not None and all(m.actor.code is None for m in sources):  # "Morales welcomed Ahmadinejad,
            sources = the_two_parties(subject, index) or sources  # and the two leaders signed …"
        if not sources and tok.i in through:  # "Putin signed a treaty absorbing Crimea": the signer annexes
            sources = source_and_target(through[tok.i], index, live)[0]
        if not sources and shares_subject(tok):  # "thousands rallied in Kyiv, accusing the authorities …"
            sources = actors_above(tok, acted)
        adjunct_meeting = entry.type == "CONSULT" and (not sources or meeting_clause(tok) is not None
                                                       or is_adjunct_talks(tok))
        if not sources and adjunct_meeting:  # "freed 14 prisoners after meeting US envoy Keith Kellogg": who freed
            sources = meeting_doers(tok, index, acted)  # them met him
        setter = condition_setter(tok, index)
        if setter is not None:  # "would cease fire as soon as Kyiv withdrew": the condition is a demand on Kyiv
            own = sources[0] if sources and sources[0].actor.code not in {None, setter.actor.code} else None
            code = next((YIELD_DEMANDS[code[:n]] for n in (4, 3) if code[:n] in YIELD_DEMANDS), DEMAND)
            sources, target, entry = [setter], own, pack.cameo[code]
        if ruler is not None:  # "resigned after weeks of street protests": his own people's, not his
            sources = [compatriot(crowd_actor(tok, tok, geo), ruler.actor.code)]
        if not sources:  # "the Saudi-led coalition in Yemen announced a ceasefire"
            sources = state_led(subject, geo)
        killed = _person_killed(tok, index, geo, kinds) if not sources and entry.type == "ASSAULT" else None
        if killed is not None:  # "Benigno Aquino was shot dead at Manila airport": by an unnamed killer
            sources, target = killed
        if not sources and entry.type in GATHERINGS and is_multinational(subject, counted=True):
            sources = [delegates_actor(subject)]  # "representatives of 122 countries signed a treaty": no one state
        if not sources:
            continue
        acted[tok.i] = sources
        sources = distinct_mentions([led_by_state(p, tok.doc, geo) for m in sources
                                     for p in split_parties(m, tok.doc, geo)])
        sources = [s for s in sources if not owned_by_party(s, sources, tok.doc)] or sources
        sources = [anonymous_attacker(s) for s in sources] if entry.type in UNNAMED_PERPETRATORS else sources
        if any(s.actor.code for s in sources):  # "US Marines and Army Rangers landed": a nameless unit beside
            sources = [s for s in sources if s.actor.code or not _nameless_unit(s, tok.doc)]  # a national one
        if entry.type in GATHERINGS and is_multinational(subject) and not named_members(subject, index):
            sources, target = [delegates_actor(subject)], None  # "officials from about 40 countries met in Jeddah": no
            # one party meets; but "leaders of 35 states, including Ford and Brezhnev, signed" names who signed
        if code in DONE_TOGETHER and len({s.actor.code for s in sources}) > 1:
            code = DONE_TOGETHER[code]  # "Philippine and US troops launched exercises", "Ethiopia and Eritrea
            entry = pack.cameo[code]  # reopened two border crossings": what two states do together is cooperation
        speaker = obliging_speaker(tok, index, sources)
        if speaker is not None:  # "Putin said Ukrainian troops must leave Donbas": a demand on Ukraine
            sources, target, code = [speaker], sources[0], "100"
            entry = pack.cameo[code]
        etype, mode = entry.type, entry.mode
        if tok.head.i in protested and tok.dep_ == "advcl" and shares_subject(tok)\
                and (kind := pack.cameo.get(cue.cameo)) is not None and kind.type == "PROTEST":
            continue  # "hurled stones at the US embassy, protesting against NATO's bombing of China's embassy": the
            # same protest (not a diplomatic one for the embassy its frame reads)
        if code == STREET_PROTEST and cue.cue == "protest" and sources[0].actor.sector in {"GOV", None}\
                and sources[0].actor.kind in {"state", "person"} and sources[0].actor.code\
                and (subject is None or subject.ent_type_ != "CARDINAL"):  # not "tens of thousands protested"
            code = OFFICIAL_COMPLAINT  # "drew a sharp protest from Moscow": a government protests by complaining
            entry = pack.cameo[code]
            etype, mode = entry.type, entry.mode
        if etype == "ASSAULT" and cue.cue in VERBAL_ATTACKS and all(
                tok.doc[s.end - 1].lemma_.lower() in POLITICIANS for s in sources):
            code = CRITICISM  # "after repeated attacks by Italian leaders": politicians attack in words
            entry = pack.cameo[code]
            etype, mode = entry.type, entry.mode
        if is_attitude(tok, sources, etype):
            continue
        unpaired = target is None or target.actor.code in {None, *(s.actor.code for s in sources)}\
            or not is_direct_target(tok, target)
        if etype in SYMMETRIC and code[:3] != "045" and len(sources) == 2 and unpaired:
            sources, target = sources[:1], sources[1]  # "X and Y met": X meets Y
        if etype in SYMMETRIC and len(sources) == 1 and (target is None or target.actor.code is None):
            target = domestic_partner(subject, index, geo, sources[0].actor.code) or target
        location = location_of(tok, index, geo.places)
        where = (geo.code.get(location.lower()) or geo.dated(geo.seats.get(location.lower()))) if location else None
        # "in Moscow", "in the Kremlin"
        if adjunct_meeting and where and sources[0].actor.code == where and target is not None\
                and target.actor.code not in {None, where}:
            code = "043"  # "Lukashenko freed prisoners after meeting US envoy Kellogg in Minsk": a visit he hosted
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode
        sources = [s if is_regional(s, tok.doc) or etype == "CONSULT" else localised_source(s, where)
                   for s in sources]  # "rebels seized Kidal, a source in Bamako said"; not negotiators who met there
        target = refine_target(tok, code, etype, mode, target, sources, index, geo, live)
        if code == RESIGNATION and cue.cue == "flee":
            target = None  # "fled to Saudi Arabia": where he goes is no party to his fall
        held = next((c for c in children(tok) if c.dep_ == "nsubjpass"), None)
        if announced and code[:3] == ARREST and held is not None and sources[0].actor.code\
                and (target is None or target.actor.code is None):  # "announced that 18 Saudi nationals had been
            phrase = tok.doc[held.left_edge.i:held.right_edge.i + 1]  # detained": its own people, held at home
            target = compatriot(group_mention(phrase.start, phrase.end, phrase.text), sources[0].actor.code)
        if code == SHOW_OF_FORCE and tok.pos_ == "NOUN" and target is not None\
                and not tok.left_edge.i <= target.start < tok.right_edge.i + 1:
            target = None  # "answered India's tests with five nuclear blasts": a test aims at no one it answers
        if receipt and donor is None:  # "took delivery of Russian S-400s", "received Slovakia's S-300 system"
            if target is None or target.actor.code in {None, sources[0].actor.code}:
                continue  # "Ukraine received $2bn": who gives it is not said
            sources, target = [target], sources[0]
        if waters is not None and (target is None or target.actor.code is None):
            target = next((m for p in children(waters) if p.dep_ == "prep" and p.lower_ in SHORES for g in children(p)
                           if g.dep_ == "pobj" and (m := index.at(g) or stand_in_state(g, geo)) is not None
                           and m.actor.code not in {s.actor.code for s in sources}), target)  # "around Taiwan"
        if target is None or target.actor.code is None:  # "Iran fired missiles …, and Doha condemned the attack"
            target = earlier_actor(tok, kinds, events, index, sources) or target
        if target is None or target.actor.code in {None, *(s.actor.code for s in sources)}:
            target = retaliated_against(tok, events, index, sources, etype) or target  # "Tehran hit back"
        if etype == "ACCUSE" and (target is None or target.actor.code is None):
            target = mover_of(tok, index, sources) or target  # "…, a move condemned by Arab leaders"
        if etype in JUDGEMENTS and (target is None or target.actor.code in {None, *(s.actor.code for s in sources)}):
            judged = judged_move(tok, events, index, sources)  # "…, and Beijing said it opposed the move"
            if judged is not None and not (etype == "REJECT" and tok.dep_ in {"acl", "relcl"}):  # not "a move
                target = judged[0]  # Kyiv rejected", which the gold leaves aimless or calls a rejection
                if etype == "REJECT" and judged[1].type not in PROPOSALS:  # an act done is criticised, not refused:
                    code = CRITICISM  # "ordered a truce, a move Kyiv dismissed as theatrics"
                    etype, mode = pack.cameo[code].type, pack.cameo[code].mode
        if (target is None or target.actor.code in {None, *(s.actor.code for s in sources)})\
                and shares_subject(tok) and aimed.get(tok.head.i, (None, None))[1] == etype == "ASSAULT":
            target = aimed[tok.head.i][0]  # "crossed into southern Israel, killing 1,200 people": the same victim
        elif (target is None or target.actor.code in {None, *(s.actor.code for s in sources)}) and tok.dep_ == "conj"\
                and etype == "THREATEN" and shares_subject(tok) and aimed.get(tok.head.i, (None, None))[1] == "ACCUSE":
            target = aimed[tok.head.i][0]  # "accused Kuwait of flooding the market and warned that Iraq would act"
        elif (target is None or target.actor.code is None) and tok.dep_ == "conj" and shares_subject(tok)\
                and (reached.get(tok.head.i, (None, None))[1], etype) in SHARED_OBJECTS:
            target = reached[tok.head.i][0]  # "invaded Kuwait and seized the emir's palace", "met separatist
            # leaders and signed a protocol": a second act on the same party
        if target is None and etype == "ASSAULT" and tok.pos_ == "VERB" and where and sources[0].actor.code\
                and sources[0].actor.sector not in {"CVL", "OPP"} and where not in {s.actor.code for s in sources}:
            target = state_mention(where, tok)  # "a bus was struck by Saudi-led jets in northern Yemen": an attack
            # on a place abroad hits the state it lies in
        incursion = etype == "ASSAULT" and (tok.lemma_.lower() in INCURSIONS or (cue.cue, cue.with_) in INVASIONS
                                            or objectless_attack(tok))\
            or code == SHOW_OF_FORCE and tok.lemma_.lower() in INCURSIONS | FLIGHTS and crosses_border(tok)  # "jets
        # crossed into Estonian airspace": the state whose airspace is entered
        if (target is None or target.actor.code is None) and (etype == "AID" or incursion):
            target = other_state(tok, index, geo, sources) or target  # "Iraqi tanks rolled across the border",
            # "flew grain to famine victims in northern Ethiopia": the one other country named
        if incursion and tok.lemma_.lower() in INCURSIONS and _going_home(tok, geo, sources, target):
            code, target = "0874", None  # "the last US convoy rolled across the border from Iraq into Kuwait",
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode  # "crossed into Soviet Uzbekistan": a pull-out
        if target is None and code[:3] in CUTS and not _quits_accord(tok):
            continue  # "cut phone links across the region", "resumed after a suspension": no one is cut off
        if code[:3] == MEDIATION:
            target = None  # "a ceasefire between Israel and Hezbollah brokered by the United States": a mediator
            # acts on neither side
        if target is not None and target.actor.code not in {None, *(s.actor.code for s in sources)}:
            aimed[tok.i] = target, etype
        if target is not None and target.actor.code is not None:
            reached[tok.i] = target, etype
        if target is not None and target.actor.code and is_domestic(tok, index, geo, target.actor.code):
            sources = [compatriot(s, target.actor.code)
                       if is_counterpart(s, etype, tok.doc) or is_enforcer(s, etype) or _nameless_crowd(s, etype)
                       else s for s in sources]  # "crowds protesting against Lukashenko's re-election": Belarusians
        elif sources[0].actor.code is None and sources[0].actor.kind == "person" and (state := _office_state(tok, geo)):
            sources = [compatriot(sources[0], state), *sources[1:]]  # "Djotodia stepped down as interim president
            # of the Central African Republic"
        elif etype == "PROTEST" and sources[0].actor.code is None and sources[0].actor.sector in {"CVL", "OPP", "NGO"}:
            state = sole_state(tok, index, geo)  # "angry farmers drove tractors onto motorways around Paris"
            sources = [compatriot(s, state) for s in sources] if state else sources
        elif all(is_enforcer(s, etype) for s in sources) and (state := sole_state(tok, index, geo)):
            sources = [compatriot(s, state) for s in sources]  # "a Supreme Court judge ordered the former president
            # to surrender his passport" in a sentence naming Brazil alone: its own
        if code == PROTECTION and asker is not None:  # the asker, else the host the forces go to
            own = {s.actor.code for s in sources}
            target = next((m for m in (index.at(asker), destination(tok, geo, sources),
                                       other_state(tok, index, geo, sources))
                           if m is not None and m.actor.code not in {None, *own}), target)
        if etype == "MOBILIZE" and is_assisting(tok):  # "deployed 400 police officers to Haiti to lead a mission"
            helped = target if target is not None and target.actor.code not in {None, sources[0].actor.code}\
                else destination(tok, geo, sources) or assisted_party(tok, index, {s.actor.code for s in sources})
            # the host forces are sent to help, or the party the purpose clause names
            if helped is not None:
                code, target = PROTECTION, helped
                etype, mode = pack.cameo[code].type, pack.cameo[code].mode
        guests = coordinated_mentions(tok.doc[target.start:target.end].root, index) if target is not None else []
        if cue.cue == "host" and hosts_two_sides(guests, sources):
            code, target = "045", None  # "hosted Barak and Arafat for talks": the host brings two parties together
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode
        elif cue.cue == "host" and code == "044" and target is not None and is_direct_target(tok, target)\
                and tok.doc[target.start:target.end].root.dep_ == "dobj":
            code = "043"  # "hosted Xi at an estate … for talks": a hosted visit, the guest is named
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode
        if code.startswith("043") and target is not None and len(sources) == 1:
            sources, target = guests or [target], sources[0]  # each visitor acts, the host receives
        modality = modality_of(tok, chain, lex)
        verb = governing_verb(tok) if tok.pos_ == "NOUN" and modality == "asserted" and not (
            tok.dep_ == "pobj" and tok.head.lower_ in ADJUNCT_PREPS) else None  # not "ready to … after talks"
        if verb is not None:  # "would be waiting for Putin in Istanbul for talks": the verb's modality
            modality = modality_of(verb, governors(verb), lex)
        if (etype in {"ASSAULT", "COERCE", "MOBILIZE"} or cue.cue in DEFIANCE) and code[:3] != ABDUCTION\
                and cue.cue not in HOLDINGS and (sources[0].actor.sector == "CVL" or _crowd(subject)):  # crowds
            code = "145" if etype in {"ASSAULT", "COERCE"} else "141"  # massing, storming or defying a ban: a
            # protest, a riot
            code = OBSTRUCTION if cue.cue in ENCIRCLING else code  # "surrounded the legislature": a blockade
            if sources[0].actor.code is None and subject is not None:  # "supporters of the ousted leader stormed
                # the parliament": the crowd of the state it protests in
                sources = [crowd_actor(subject, tok, geo)]
                state = sources[0].actor.code or sole_state(tok, index, geo)
                sources = [compatriot(sources[0], state)] if state else sources
            target = None if cue.cue in DEFIANCE else target  # what they defy is no party to the protest
            if etype in {"ASSAULT", "COERCE"} and target is None and sources[0].actor.code:
                target = seat_stormed(tok, sources[0].actor.code)
            if target is not None and _foreign_places(tok.doc[target.start:target.end].root):
                target = None  # "attacked several foreign embassies, including those of France": no one party
            entry = pack.cameo[code]
            etype, mode = entry.type, entry.mode
        if etype == "PROTEST" and target is not None and target.actor.code == sources[0].actor.code\
                and cue.cue not in SEIZING | ENCIRCLING and not _clashed_with_forces(tok, target):
            target = protest_target(tok, index)  # "students occupied the parliament building", "marched to demand his
            # resignation": where or why a crowd protests is no party; whom it protests against is
        if code[:3] == OBSTRUCTION and target is not None and _route_name(tok.doc[target.start:target.end].root):
            target = None  # "blocked the Autokomanda interchange": the name of the road blocked is no party
        if etype == "PROTEST" and target is None:  # "protested in Belgrade against the government's plans"
            purposes = [c for c in children(tok) if c.dep_ in {"advcl", "xcomp"}
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))]
            target = protest_target(tok, index) or next((m for c in purposes if (m := protest_target(c, index))
                                                         is not None and m.actor.code == sources[0].actor.code), None)\
                or (own_rulers_protested(tok, sources[0].actor.code) if cue.cue not in DEFIANCE else None)\
                or (ruler if ruler is not None and ruler.actor.code == sources[0].actor.code else None)
            # "Iranians marched to protest against the re-election of Ahmadinejad": a crowd protests against its own
            # rulers; not "marched to oppose a war against Iraq"
        if code[:3] == "042" and target is not None and target.actor.code not in {None, sources[0].actor.code}\
                and is_assisting(tok):  # "Greek rescue teams arrived in Turkey to help search for survivors"
            code = PROTECTION if sources[0].actor.sector == "MIL" or names_forces(subject, index) else RELIEF
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode
        if code[:3] == "042" and sources[0].actor.sector in {"MIL", "CVL"}:
            if sources[0].actor.sector == "CVL":
                continue  # civilians travelling are not a diplomatic visit
            code = "154"  # troops arriving: a deployment
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode
            target = None
        if code == ARMS_AID and sources[0].actor.sector == "REB":  # "FARC rebels handed over their last weapons
            code, etype, mode = DISARM, pack.cameo[DISARM].type, pack.cameo[DISARM].mode  # to UN monitors"
        if etype == "ASSAULT" and (cue.cue in REPRISALS and modality in {"intended", "hypothetical"}
                                   or modality == "intended" and _vowed_force(tok, chain, index, sources)):
            code, etype, mode = "138", "THREATEN", pack.cameo["138"].mode  # "Russia would retaliate"
            if target is None or target.actor.code in {None, *(s.actor.code for s in sources)}:
                target = conditioned(tok, index, sources) or target  # "… if Washington raised duties"
        condition = condition_of(tok, chain) if etype in THREATENED else None
        if condition is not None and (condition[1] == "unless" or modality in {"intended", "hypothetical"} and not any(
                c.dep_ == "aux" and c.lower_ in SPECULATIVE for v in (tok, *chain) for c in children(v))):
            code = THREATENED[etype]  # "would impose sanctions if Russia invaded", "authorised air strikes unless
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode  # Belgrade pulled back": a threat
            modality = "asserted"
            party = index.at(event_subject(condition[0]))
            if party is not None and party.actor.code not in {None, *(s.actor.code for s in sources)}\
                    and (target is None or target.actor.code in {None, *(s.actor.code for s in sources)}):
                target = party  # the party whose act the threat is conditioned on
        if etype == "REQUEST" and cue.cue in COMMANDS and target is not None and is_own_forces(sources, target):
            continue  # a leader's order to its own forces is a command, not a demand on another party
        ordered = _ordered_party(tok, index, sources) if cue.cue in COMMANDS and code[:3] == DE_ESCALATION else None
        if ordered is not None:  # "the Security Council ordered Iraq to withdraw from Kuwait": a demand on it
            code, target = DEMANDED_DE_ESCALATION, ordered
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode
        is_negated = (negated(tok) or negated(chain[-1]) or _negated_host(tok))\
            and unruled is None  # "did not rule out force": a threat
        if (modality == "intended" or _would_not(tok, modality)) and is_negated and etype in REFUSED:
            code = REFUSED[etype]  # "Ukraine would not give its land": a refusal, not a negated concession
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode
            modality, is_negated = "asserted", False
        elif modality == "intended" and code in PROMISED_RELIEF:  # "would lift sanctions on Damascus"
            code = PROMISED_RELIEF[code]
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode
        elif modality == "intended" and etype in PROMISED and not (announced and etype == "AID"):  # but "announced
            # that a Patriot battery would be sent to Ukraine" announces aid given
            code, etype, mode = PROMISED[etype], "AGREE", None  # "will meet", "would work with": an agreement
        elif (modality in {"intended", "hypothetical", "expected"} or cue.cue in COMMANDS or tok.i in yields)\
                and etype == "RETREAT":
            etype = "CONCEDE"  # "troops would leave Afghanistan within 14 months", "ordered his troops to pull
            # out": a retreat announced, not done; announced de-escalation is a concession to no one in particular
            target = None if code[:3] == DE_ESCALATION and (tok.i not in yields or code == DE_ESCALATION) else target
            # but "agreed to hand back four villages to Azerbaijan": a promise names whom it yields to
        if (etype == "AGREE" or modality != "asserted" and etype in {"ASSAULT", "COERCE"}) and is_accord_content(tok):
            continue  # "signed a pact pledging mutual assistance", "a treaty under which both will destroy their
            # missiles": the signing codes the accord, not its promises
        if etype == "AGREE" and (target is None or target.actor.code is None):
            target = conditioned_party(tok, index) or target  # "would start talks as soon as Ukraine withdrew"
        if etype == "REQUEST" and (target is None or target.actor.kind != "organization"):
            target = asked_audience(tok, index) or target  # "begged the West for help": not the party it fights
        if etype == "PROTEST":
            protested.add(tok.i)
        credit = attribute(tok, index)
        reported_by = credit.reported_by
        targets = [target]
        if target is not None and (len(sources) == 1 or is_direct_target(tok, target)):  # "Russia and Ukraine signed
            # mirror agreements with Turkey and the UN": each signs with each
            more = [m for m in coordinated_mentions(tok.doc[target.start], index) if m.start > target.start]
            more += _fellow_persons(target, tok.doc, index)  # "met Fidan and Ukrainian Foreign Minister Andrii
            # Sybiha", "with Steve Witkoff and Jared Kushner": each person named is met
            targets = [target, *(m for m in more if m.start >= target.end or m.end <= target.start),
                       *wider_parties(target, tok.doc, index)]
            targets = distinct_mentions([p for m in targets for p in split_parties(m, tok.doc, geo)])
            targets = [t for t in targets if t.actor.code] or targets  # "the deal between Iran and six world
            # powers": a nameless group beside a named party is no second target
            targets = [t for n, t in enumerate(targets) if t.actor.kind != "state" or all(
                o.actor.code != t.actor.code for o in targets[:n])]  # "aid for Ukraine": one state, one target
        mutual = is_reciprocal(tok) and len({s.actor.code for s in sources}) > 1
        for source in sources:
            these = targets
            if len(targets) > 1 and any(t is not None and t.actor.code != source.actor.code for t in targets):
                these = [t for t in targets if t is None or t.actor.code != source.actor.code]
            if mutual:  # "Ukraine and Russia blamed each other": each source is the other's target
                these = [m for m in sources if m.actor.code != source.actor.code]
            for target in these:
                if target is not None and target.actor == source.actor and target.start == source.start:
                    target = None
                if target is not None and target.actor.code is None and where and etype in PLACE_TARGETS:
                    target = Mention(target.start, target.end, target.actor.model_copy(update={"code": where}))
                events.append(Event(
                    type=etype, mode=mode, cameo=code, source=bare(source.actor),
                    target=bare(target.actor) if target else None, negated=is_negated,
                    modality=modality, date=date_of(tok, base), location=location,
                    sentence=sentence, evidence=evidence_of(tok, partner),
                    reported_by=bare(reported_by) if reported_by else None))
                if etype == "RETREAT" and target is not None and target.actor.code not in {None, source.actor.code}\
                        and in_exchange(tok):  # "freed Gershkovich in exchange for eight Russians": a swap
                    events.append(events[-1].model_copy(update={"source": events[-1].target,
                                                                "target": events[-1].source}))
    order, coded = list(made), len(events)  # ``made`` holds the predicates in the order they were coded
    ends = [*(made[i] for i in order[1:]), coded]
    dropped = [e for i, end in zip(order, ends) if i in entries for e in events[made[i]:end]]  # kept alive
    for act, (asker, cue) in demanded.items():
        n = order.index(asker.i)
        start, end = made[asker.i], made[order[n + 1]] if n + 1 < len(order) else coded
        code = cameo_code(cue, sent.doc[act], None)  # what the second act demands, by the demand's own frames
        entry = pack.cameo.get(code) if code is not None else None
        if entry is None or entry.type != "REQUEST":
            continue
        events += [e.model_copy(update={"type": entry.type, "mode": entry.mode, "cameo": code,
                                        "evidence": sent.doc[act].text})
                   for e in events[start:end] if e.type == "REQUEST" and e.cameo != code]
    events = _subjects_after(sent, order, made, coded, events)
    events += _ultimatum([(sent.doc[i], kind) for i, kind in faced.items()], events, pack)
    if words & DEADLINES:
        events += _deadline_events(sent, index, pack, base, sentence, events)
    if words & MEDIATING:
        events += _mediator_events(sent, index, pack, geo, base, sentence, events)
    if words & DEFYING:
        events += _defied_requests(sent, index, pack, geo, base, sentence, codes, live, events)
    if words & TRUCES:
        events += _truce_events(sent, index, pack, geo, base, sentence, events)
    if words & LINK_WORDS:
        events = _link_events(sent, index, pack, geo, base, sentence, events)
    if words & ALLEGING:
        events += _alleged_wrongs(sent, index, pack, geo, base, sentence, events)
    if words & JUDGED_MOVES:
        events += _moves_judged(sent, index, pack, base, sentence, events)
    if words & GUILT_WORDS:
        events += _guilt_claims(sent, index, pack, base, sentence, events, acted)
    if "without" in words:
        unagreed = _no_agreement(sent, index, pack, base, sentence, events)
        events = [e for e in events if not any(e.evidence in u.evidence for u in unagreed)] + unagreed
    if words & (CONDITIONS | {"long"}):  # "if", "unless", "as long as"
        events += _conditional_threats(sent, index, pack, base, sentence, events, live)
    joint = _joint_events(sent, index, pack, geo, base, sentence, events) if words & JOINT else []
    if joint:  # "began joint patrols": a joint exercise or patrol is cooperation, not each side's force posture
        events = [e for e in events if not (e.type == "MOBILIZE" and any(e.evidence in j.evidence or _same_pair(e, j)
                                                                         for j in joint)
                                            or e.type == "COOPERATE" and not e.source.code)]  # nameless: the same
    if "commit" in words or "commits" in words or "committing" in words:
        joint += _commitments(sent, pack, events)
    apart = separate_acts([t for t, _, _ in found])
    separate = {evidence_of(tok, partner) for tok, _, partner in found if tok in apart}
    kept = [e for e in events if not any(e is d for d in dropped) and _has_party(e)] + joint
    return unrepeated_events(kept, separate)


def _has_party(event: Event) -> bool:
    """Whether an attack names an attacker or a target: "the war in Tigray killed hundreds of thousands" and "any
    settlement struck over their heads" name no one who attacked anyone. Other acts of nameless actors stay
    ("the prime minister resigned", "guerrillas decommissioned their rifles")."""
    return event.type != "ASSAULT" or bool(event.source and event.source.code or event.target and event.target.code)


UNAGREED = {"agreement", "deal", "accord"}  # "the summit ended without an agreement"
TRUCE_WORDS = {"ceasefire", "cease-fire", "truce", "armistice"}
AGREEING = {"announce", "reach", "sign", "secure", "strike", "agree"}  # "came away without announcing a ceasefire"


def _no_agreement(sent: Span, index: ActorIndex, pack: Pack, base: date | None, sentence: int,
                  found: list[Event]) -> list[Event]:
    """"The summit ended without an agreement on a ceasefire", "flew home without a deal", "came away without
    announcing a ceasefire": the two parties of the sentence's meeting did not agree, the one named first toward
    the other (a ceasefire agreement where the agreement is on one); what the "without" phrase names is not done."""
    met = next((e for e in found if e.type == "CONSULT" and e.target is not None
                and e.target.code not in {None, e.source.code}), None)
    if met is None:
        return []
    out = []
    for prep in tokens_of(sent):
        if prep.lower_ != "without" or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"}:
            continue
        acts = [c for c in children(prep) if c.dep_ == "pcomp" and c.lemma_.lower() in AGREEING]
        noun = next((c for c in children(prep) if c.dep_ == "pobj" and c.lemma_.lower() in UNAGREED), None) or next(
            (c for a in acts for c in children(a) if c.dep_ == "dobj" and c.lemma_.lower() in UNAGREED | TRUCE_WORDS),
            None)
        if noun is None:
            continue
        first = {m.actor.code: m.start for m in reversed(index.mentions)}
        a, b = sorted((met.source, met.target), key=lambda x: first.get(x.code, len(sent.doc)))
        code = "0356" if any(t.lemma_.lower() in TRUCE_WORDS for t in subtree(noun)) else "030"
        event = _told_event(pack, code, a, b, date_of(prep, base), sentence,
                            sent.doc[prep.i:noun.right_edge.i + 1].text)
        out.append(event.model_copy(update={"negated": True}))
    return out


def _told_event(pack: Pack, code: str, source: Actor, target: Actor | None, when: str | None, sentence: int,
                evidence: str, modality: Modality = "asserted", location: str | None = None) -> Event:
    """An event a sentence-level pass codes directly, with the type and mode of its CAMEO code."""
    entry = pack.cameo[code]
    return Event(type=entry.type, mode=entry.mode, cameo=code, source=source, target=target, negated=False,
                 modality=modality, date=when, location=location, sentence=sentence, evidence=evidence)


def _subjects_after(sent: Span, order: list[int], made: dict[int, int], coded: int, events: list[Event]) -> list[Event]:
    """The coded events with those told inside another predicate's subject put after it: "Bosnian Serb lawmakers
    meeting in Pale rejected the plan", "M23 rebels, whom UN experts say are backed by Rwanda, seized Goma" report
    the rejection and the seizure first."""
    ends = [*(made[i] for i in order[1:]), coded]
    blocks = {i: events[made[i]:end] for i, end in zip(order, ends)}
    doc = sent.doc
    host: dict[int, int] = {}
    for i in order:
        j = next((j for j in order if j != i and blocks[i] and blocks[j] and any(
            c.dep_ in {"nsubj", "nsubjpass"} and _modifies(doc[i], c) for c in children(doc[j]))), None)
        if j is not None:
            host[i] = j
    if not host:
        return events
    out: list[Event] = []

    def emit(i: int) -> None:
        out.extend(blocks[i])
        for k in order:
            if host.get(k) == i:
                emit(k)

    for i in order:
        if i not in host:
            emit(i)
    return out + events[coded:]


def _modifies(tok: Token, noun: Token) -> bool:
    """Whether a predicate is in a participle or relative clause on a noun ("lawmakers meeting in Pale", also when
    parsed as a verbal subject), not the noun itself ("Kyiv's refusal to renew the contract stopped the flow")."""
    if tok.i == noun.i:
        return tok.pos_ == "VERB"
    t = tok
    while t.i != noun.i and t.head.i != t.i:
        if t.dep_ in {"acl", "relcl"}:
            return noun.left_edge.i <= tok.i <= noun.right_edge.i
        t = t.head
    return False


def _fellow_persons(target: Mention, doc, index: ActorIndex) -> list[Mention]:
    """The other persons coordinated with a person target, found from the head of its phrase (a first name or a
    title begins it)."""
    if target.actor.kind != "person":
        return []
    return [m for m in coordinated_mentions(doc[target.start:target.end].root, index)
            if m.actor.kind == "person" and m is not target]


def _same_pair(e: Event, j: Event) -> bool:
    """Whether an event is between the same two parties as a joint one ("launched joint exercises with Belarus")."""
    return e.target is not None and {e.source.code, e.target.code} == {j.source.code, j.target and j.target.code}


PROTECTION, RELIEF = "074", "073"
JUDGEMENTS = {"ACCUSE", "REJECT"}  # what a party may say of another's earlier move
PROPOSALS = {"REQUEST", "AGREE", "THREATEN"}  # moves that are proposals or demands: refused, not criticised
CRITICISM = "111"
VERBAL_ATTACKS = {"attack", "assault", "onslaught"}
POLITICIANS = {"leader", "politician", "lawmaker", "legislator", "minister", "spokesman", "spokeswoman",
               "spokesperson", "commentator", "opponent", "critic", "candidate", "senator", "congressman"}


RECEIPTS = {"take", "receive"}  # "took delivery of", "received jets": the subject receives the aid
GATHERINGS = {"CONSULT", "SUPPORT", "AGREE"}  # what delegates of many countries do together: meet, sign, pledge


UNNAMED_PERPETRATORS = {"ASSAULT"}


JOINT = {"joint", "jointly", "together", "combined", "bilateral"}
NOT_JOINT = {"statement", "statements", "declaration", "communique", "letter", "press", "conference", "news",
             "appeal", "session", "sitting", "chiefs", "staff", "committee", "stance", "position", "account",
             "bid", "candidate", "winner", "custody", "venture-capital", "border", "history", "meeting", "talks",
             "summit", "visit", "trip", "negotiations", "call", "signing", "ceremony", "sit", "appearance",
             "arrive", "travel", "fly", "come", "go", "walk", "stand", "appear", "pose", "ride"}  # "arrived
# together by train": in company, no material cooperation
JOINT_KINDS = [("062", {"troops", "troop", "patrol", "patrols", "exercise", "exercises", "drill", "drills",
                        "manoeuvres", "maneuvers", "military", "naval", "navy", "navies", "army", "armies",
                        "landmines", "mines", "forces", "soldiers", "operation", "operations", "air", "defence"}),
               ("064", {"intelligence", "data", "information", "surveillance"}),
               ("063", {"police", "drug", "drugs", "investigation", "investigators", "prosecutors", "court"}),
               ("061", {"trade", "economic", "flights", "shipping", "plant", "pipeline", "fund", "investment",
                        "venture", "project", "projects", "currency", "currencies", "power", "energy", "railway",
                        "port", "factory", "production", "crossing", "inspections", "bank"})]


def _joint_events(sent: Span, index: ActorIndex, pack: Pack, geo: Geography, base: date | None, sentence: int,
                  found: list[Event]) -> list[Event]:
    """Material cooperation told by "joint"/"jointly": "launched a joint offensive", "began jointly removing
    landmines", "inaugurated a jointly financed power plant". The parties are those acting; what they do
    together sets the kind (military, intelligence, judicial, economic)."""
    out: list[Event] = []
    if any(e.type == "COOPERATE" and e.source.code for e in found):
        return out
    for tok in tokens_of(sent):
        if tok.lower_ not in JOINT or tok.dep_ not in {"amod", "advmod"}:
            continue
        if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "with":
            continue  # "signed the protocol together with the rebel leaders": in company of, not a joint act
        act = tok.head
        if act.lemma_.lower() in NOT_JOINT or act.lower_ in NOT_JOINT:
            continue  # "a joint statement", "joint talks": words or meetings, coded by their own cues
        verb = act
        for _ in range(4):  # up to the verb that has the acting parties as its subject
            if verb.pos_ in {"VERB", "AUX"} and event_subject(verb) is not None and (
                    index.at(event_subject(verb)) is not None
                    or len(conjunct_states(event_subject(verb), index, geo)) > 1):
                break
            if verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        sources, target = source_and_target(verb, index)
        conjoined = conjunct_states(event_subject(verb), index, geo)
        sources = conjoined if len(conjoined) > 1 else sources
        parties = distinct_mentions([p for m in sources for p in split_parties(m, tok.doc, geo)])
        if len(parties) == 1 and target is not None and target.actor.code not in {None, parties[0].actor.code}:
            parties = [parties[0], target]
        codes_ = [m.actor.code for m in parties]
        if len(parties) < 2 or None in codes_ or len(set(codes_)) < 2:
            continue
        what = act.head if act.dep_ in {"amod", "acl"} else act  # "a jointly financed power plant"
        words = {t.lemma_.lower() for t in subtree(what)} | {t.lower_ for t in subtree(what)} | {verb.lemma_.lower()}
        words |= {t.lower_ for m in parties for t in tok.doc[m.start:m.end]}
        code = next((c for c, kind in JOINT_KINDS if words & kind), "060")
        chain = governors(verb)
        modality = modality_of(verb, chain, lexicon(pack))
        if modality != "asserted" or negated(verb):
            continue
        out.append(_told_event(pack, code, bare(parties[0].actor), bare(parties[1].actor), date_of(verb, base),
                               sentence, tok.doc[min(tok.i, act.i):max(tok.i, act.i) + 1].text, modality,
                               location_of(verb, index, geo.places)))
        break
    return out


# A signed text that commits both parties to an act ("signed a declaration committing both countries to cut
# their arsenals", "a treaty that commits each country to defend the other"): each signer pledges it.
BOUND = {"each", "both", "their", "all"}
BOUND_PARTIES = {"country", "countries", "nation", "nations", "government", "governments", "side", "sides",
                 "state", "states", "army", "armies", "party", "parties", "other"}
SIGNED = {"sign", "conclude", "adopt", "seal", "issue", "approve", "ratify"}
YIELDED = {"pull", "withdraw", "return", "hand", "leave", "retreat", "cede"}


def _commitments(sent: Span, pack: Pack, events: list[Event]) -> list[Event]:
    out: list[Event] = []
    for tok in tokens_of(sent):
        if tok.lemma_.lower() != "commit" or tok.pos_ != "VERB" or negated(tok):
            continue
        bound = next((c for c in children(tok) if c.dep_ == "dobj"), None)
        act = next((c for c in (*children(tok), *(children(bound) if bound is not None else ()))
                    if c.dep_ in {"xcomp", "prep", "acl", "advcl"} and c.i > tok.i), None)
        if bound is None or act is None or bound.lemma_.lower() not in BOUND_PARTIES\
                or not any(t.lower_ in BOUND for t in subtree(bound)):
            continue
        verb = tok.head
        for _ in range(3):  # "signed a treaty that commits", "signed a declaration … committing"
            if verb.lemma_.lower() in SIGNED and verb.pos_ == "VERB" or verb.head.i == verb.i:
                break
            verb = verb.head
        signing = next((e for e in events if e.type == "SUPPORT" and e.cameo == "057" and e.target is not None
                        and e.source.code and e.target.code and e.source.code != e.target.code
                        and verb.text in e.evidence.split()), None)
        if verb.lemma_.lower() not in SIGNED or signing is None:
            continue
        text = sent.doc[tok.i:act.i + 1].text
        code = "080" if act.lemma_.lower() in YIELDED else "030"  # "committing their armies to pull back": a yield
        for a, b in ((signing.source, signing.target), (signing.target, signing.source)):
            out.append(_told_event(pack, code, a, b, signing.date, signing.sentence, text, signing.modality,
                                   signing.location))
        break
    return out


# Links between two states opened or put into service, and energy starting to flow through a pipeline, are economic
# cooperation: "direct flights between China and Taiwan were launched", "a hotline between the White House and the
# Kremlin went into operation", "the tunnel linking Britain and France was opened", "Russian gas began flowing to
# China through the Power of Siberia pipeline".
LINKS = {"flight", "flights", "link", "links", "route", "routes", "shipping", "ferry", "ferries", "railway",
         "railways", "rail", "pipeline", "pipelines", "tunnel", "bridge", "hotline", "mail", "connection",
         "connections", "cable", "interconnector"}
CARRIED = {"gas", "oil", "crude", "electricity", "mail", "lng"}
CONDUITS = {"pipeline", "pipelines", "interconnector", "cable"}
OPENINGS = {"launch", "open", "begin", "start", "resume", "inaugurate", "reopen", "restore", "establish",
            "fly", "flow", "pump", "commission", "go", "enter"}
IN_SERVICE = {"operation", "service"}  # "went into operation", "entered service"
FLOWS = {"flow", "pump"}
LINK_WORDS = {"between", "link"} | FLOWS  # the words a link or flow is told with
ECONOMIC = "061"


def _link_events(sent: Span, index: ActorIndex, pack: Pack, geo: Geography, base: date | None, sentence: int,
                 found: list[Event]) -> list[Event]:
    """Found events plus the link or energy flow between two states the sentence reports as opened (LINKS);
    a cue that misread the opening ("opened" as talks) with the same two parties gives way to it."""
    for tok in tokens_of(sent):
        verb, parties = None, []
        if tok.lower_ == "between" and tok.dep_ == "prep":  # "flights between China and Taiwan were launched"
            parties = conjunct_states(next((g for g in children(tok) if g.dep_ == "pobj"), None), index, geo)
            carrier, verb = tok.head, tok.head
            if carrier.pos_ in {"VERB", "AUX"}:
                carrier = next((c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
            while verb is not None and verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i\
                    and verb.dep_ in {"conj", "nsubj", "nsubjpass", "dobj", "appos"}:
                verb = verb.head
            words = {t.lower_ for t in subtree(carrier)} if carrier is not None else set()
            if carrier is None or not words & (LINKS | CARRIED):
                continue
        elif tok.lemma_.lower() == "link" and tok.pos_ == "VERB" and tok.dep_ == "acl"\
                and tok.head.lower_ in LINKS | {"tunnel"} | {t.lower_ for t in children(tok.head)}:
            parties = conjunct_states(next((c for c in children(tok) if c.dep_ == "dobj"), None), index, geo)
            verb = tok.head.head  # "the tunnel linking Britain and France was opened"
            if tok.head.lower_ not in LINKS and not any(c.lower_ in LINKS for c in children(tok.head)):
                continue
        elif tok.lemma_.lower() in FLOWS and tok.pos_ == "VERB"\
                and any(t.lower_ in CONDUITS for t in subtree(tok)):  # "Russian gas began flowing to China through
            verb = tok  # the Power of Siberia pipeline"
            carried = next((c for c in children(tok) if c.dep_ == "dobj" and c.lower_ in CARRIED), None)
            subject = event_subject(tok)
            if carried is None and subject is not None and subject.lower_ in CARRIED:
                carried = subject
            if carried is None:
                continue
            to = next((g for p in children(tok) if p.dep_ == "prep" and p.lower_ == "to" for g in children(p)
                       if g.dep_ == "pobj"), None)
            parties = conjunct_states(subject, index, geo) if subject is not None and subject is not carried else []
            if len(parties) < 2:
                origin = stand_in_state(carried, geo, shallow=True) or (index.at(subject) if subject is not None
                                                                        and subject is not carried else None)
                parties = [m for m in (origin, index.at(to) or stand_in_state(to, geo, shallow=True))
                           if m is not None]
        else:
            continue
        if verb is None or verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in OPENINGS:
            continue
        if verb.lemma_.lower() in {"go", "enter"} and not any(
                t.lower_ in IN_SERVICE for c in children(verb) for t in subtree(c)):
            continue
        parties = distinct_mentions([p for m in parties for p in split_parties(m, tok.doc, geo)])
        codes_ = [m.actor.code for m in parties]
        if len(parties) != 2 or None in codes_ or len(set(codes_)) < 2:
            continue
        if negated(verb) or modality_of(verb, governors(verb), lexicon(pack)) != "asserted":
            continue
        pair = set(codes_)
        if any(e.type == "COOPERATE" and {e.source.code, e.target and e.target.code} == pair for e in found):
            return found
        link = _told_event(pack, ECONOMIC, bare(parties[0].actor), bare(parties[1].actor), date_of(verb, base),
                           sentence, verb.text, location=location_of(verb, index, geo.places))
        kept = [e for e in found if not (e.type in {"CONSULT", "CONCEDE", "AID", "SUPPORT"}
                                         and {e.source.code, e.target and e.target.code} == pair)]
        return [*kept, link]
    return found


ALLEGING = {"say", "claim", "allege", "call"}
WRONGS = {"terrorism", "terrorist", "terrorists", "bombing", "bombings", "attack", "attacks", "aggression", "crime",
          "crimes", "genocide", "atrocities", "interference", "meddling", "provocation", "provocations", "violation",
          "violations", "hacking", "espionage", "poisoning", "assassination", "killing", "killings", "invasion",
          "occupation", "annexation", "massacre", "sabotage", "cyberattack", "cyberattacks", "extremist", "extremists",
          "extremism", "subversion", "separatism", "separatists"}
ALLEGATION = "112"


JUDGED_MOVES = {"move", "decision", "step"}  # an earlier act referred back to
MOVE_JUDGES = {"warn", "say", "complain", "charge"}


def _moves_judged(sent: Span, index: ActorIndex, pack: Pack, base: date | None, sentence: int,
                  found: list[Event]) -> list[Event]:
    """Another party's warning about an act just told: "Britain said it would send tanks to Ukraine, and Moscow
    warned the move would only intensify the fighting", "scrapped the bill, but opposition legislators said the
    move came far too late": criticism of the mover (not the mover's own "saying the step would ease tensions")."""
    out: list[Event] = []
    for say in tokens_of(sent):
        if say.pos_ != "VERB" or say.lemma_.lower() not in MOVE_JUDGES or negated(say):
            continue
        said = [c for c in children(say) if c.dep_ == "ccomp"]
        told = [s for c in said for s in children(c) if s.dep_ == "nsubj"]
        told += [c for c in children(say) if c.dep_ == "dobj"] if said else []  # "warned the move would …" parsed
        # with "the move" as the object
        judged = next((s for s in told if s.lemma_.lower() in JUDGED_MOVES and not any(
            d.dep_ in {"poss", "amod", "compound"} for d in children(s))
                       and any(d.dep_ == "det" and d.lower_ in ANAPHORIC for d in children(s))), None)
        subject = event_subject(say) if judged is not None else None
        speaker = index.at(subject) if subject is not None else None
        if speaker is None or speaker.actor.code is None:
            continue
        if any(e.source.code == speaker.actor.code and e.evidence.split()[0] == say.text for e in found):
            continue  # the saying is coded already ("warned of retaliation")
        before = sent.doc[sent.start:say.i].text
        mover = next((e.source for e in reversed(found) if e.source.code not in {None, speaker.actor.code}
                      and e.evidence in before), None)
        if mover is None:
            continue
        out.append(_told_event(pack, CRITICISM, bare(speaker.actor), mover, date_of(say, base), sentence,
                               f"{say.text} {judged.text}"))
    return out


ANAPHORIC = {"the", "this", "that"}


def _alleged_wrongs(sent: Span, index: ActorIndex, pack: Pack, geo: Geography, base: date | None, sentence: int,
                    found: list[Event]) -> list[Event]:
    """A wrong one party says another did, told as the reason for an act: "bombed Tripoli in retaliation for
    what Washington said was Libya's role in the bombing", "over what they said was Doha's support for
    terrorism": an accusation by the speaker of the party whose act is named."""
    out: list[Event] = []
    for tok in tokens_of(sent):
        if tok.lemma_.lower() not in ALLEGING or tok.dep_ != "pcomp":
            continue
        copula = next((c for c in children(tok) if c.dep_ == "ccomp" and c.lemma_.lower() == "be"), None)
        if copula is not None:
            named = next((c for c in children(copula) if c.dep_ == "attr"), None)
        else:  # "over what they called its support for extremist groups"
            named = next((c for c in children(tok) if c.dep_ == "oprd"), None) if tok.lemma_.lower() == "call" else None
        if named is None or not any(c.lower_ == "what" and c.dep_ in {"dobj", "nsubj"}
                                    for c in (*children(tok), *(children(copula) if copula is not None else ()))):
            continue
        if not any(t.lower_ in WRONGS for t in subtree(named)):
            continue
        subject = event_subject(tok)
        said_by = speaker_of_pronoun(tok, subject) or subject if subject is not None else None
        owner = next((index.at(c) for c in children(named) if c.dep_ == "poss"), None) or next(
            (state_mention(code, c) for c in children(named) if c.dep_ == "amod" and c.text[:1].isupper()
             and (code := geo.code_in(c))), None) or (  # "what Washington said were North Vietnamese attacks"
            _answered_party(tok, index, geo) if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(named))
            else None)  # "broke relations with Doha over what they called its support": the party answered
        speakers = coordinated_mentions(said_by, index) if said_by is not None else []  # "as Riyadh, Abu Dhabi
        # and Cairo broke relations with Doha over what they called its support for extremists": each accuses
        evidence = f"what {subject.text} {tok.text}" + (f" {copula.text}" if copula is not None else "")
        for speaker in speakers:
            if owner is None or None in {speaker.actor.code, owner.actor.code}\
                    or speaker.actor.code == owner.actor.code\
                    or any(e.type == "ACCUSE" and e.source.code == speaker.actor.code for e in found + out):
                continue
            out.append(_told_event(pack, ALLEGATION, bare(speaker.actor), bare(owner.actor), date_of(tok, base),
                                   sentence, evidence))
    return out


def _answered_party(tok: Token, index: ActorIndex, geo: Geography) -> Mention | None:
    """The party the act a reason phrase hangs on is aimed at ("broke relations with Doha over …", "recalled
    their ambassadors from Yerevan over …")."""
    act = tok.head.head if tok.head.dep_ == "prep" else None
    if act is None or act.pos_ != "VERB":
        return None
    objects = [c for c in children(act) if c.dep_ == "dobj"]
    phrases = [*children(act), *(w for o in objects for w in children(o))]
    objects += [g for p in phrases if p.dep_ == "prep" and p.lower_ in ANSWERED for g in children(p)
                if g.dep_ == "pobj"]
    return next((m for o in objects if (m := index.at(o) or stand_in_state(o, geo, shallow=True)) is not None
                 and m.actor.code), None)


ANSWERED = {"with", "from", "against", "on"}


GUILTY = {"responsible", "culpable", "complicit", "guilty"}  # "said Moscow was culpable for the attack"
VOTES = {"vote", "election", "poll", "polls", "ballot", "referendum", "run-off", "runoff", "count", "result",
         "results"}
RIGGING = {"rig", "falsify", "steal", "fraudulent", "rigged", "stolen"}  # "said the vote had been rigged"
GUILT_WORDS = GUILTY | RIGGING | {"blame", "behind"}
CLAIMING = ALLEGING | {"insist", "charge", "conclude", "assert", "declare"}


def _guilt_claims(sent: Span, index: ActorIndex, pack: Pack, base: date | None, sentence: int,
                  found: list[Event], acted: dict[int, list[Mention]]) -> list[Event]:
    """A reported clause that puts the blame on a party: "Britain said Russia was responsible for the attack",
    "Kyiv said Moscow was to blame", "said Iran was behind the strike": the speaker accuses that party; "saying
    the vote had been rigged", "an election the opposition says was rigged": an accusation of no named party.
    A participle's speaker is the source of the act it goes with ("expelled diplomats, saying …"). Events told in
    the clause are coded as well."""
    out: list[Event] = []
    for tok in tokens_of(sent):
        if tok.lemma_.lower() not in CLAIMING or tok.pos_ != "VERB" or negated(tok):
            continue
        clauses = [k for c in children(tok) if c.dep_ == "ccomp"
                   for k in (c, *(j for j in children(c) if j.dep_ == "conj"))]
        for clause in (c for c in clauses if not negated(c)):
            blamed = _blamed(clause, tok)
            if blamed is None:
                continue
            guilty, mark = blamed
            subject = event_subject(tok)
            speaker = index.at(speaker_of_pronoun(tok, subject) or subject) if subject is not None else None
            if (speaker is None or speaker.actor.code is None) and tok.dep_ == "advcl":
                speaker = next((m for m in acted.get(tok.head.i, []) if m.actor.code), speaker)
            accused = index.at(agent_of(mark)) if _is_vote(guilty) else index.at(guilty)  # "rigged by his allies"
            if speaker is None or speaker.actor.code is None or not _is_vote(guilty) and (
                    accused is None or accused.actor.code in {None, speaker.actor.code}):
                continue
            target = bare(accused.actor) if accused is not None else None
            if any(e.type == "ACCUSE" and e.source.code == speaker.actor.code
                   and (e.target.code if e.target else None) == (target.code if target else None) for e in found + out):
                continue
            out.append(_told_event(pack, ALLEGATION, bare(speaker.actor), target, date_of(tok, base), sentence,
                                   sent.doc[min(tok.i, guilty.i):max(tok.i, mark.i) + 1].text))
    return out


def _blamed(clause: Token, verb: Token) -> tuple[Token, Token] | None:
    """Whom a reported clause blames, and the word that blames: the subject of "was responsible / to blame /
    behind", or a vote said to be rigged (also the noun a relative "the opposition says was rigged" describes)."""
    subject = next((c for c in children(clause) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and clause.dep_ == "conj":  # "said Russian troops shelled the city and were responsible …"
        subject = next((c for c in children(clause.head) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if (subject is None or subject.tag_ == "WDT") and verb.dep_ == "relcl":
        subject = verb.head  # "the elections, which they said had been rigged"
    if subject is None:
        return None
    lemma = clause.lemma_.lower()
    if _is_vote(subject):
        rigged = clause if lemma in RIGGING else next(
            (c for c in children(clause) if c.dep_ == "acomp" and c.lower_ in RIGGING), None) if lemma == "be" else None
        return (subject, rigged) if rigged is not None else None
    if lemma != "be":
        return None
    blames = next((c for c in children(clause) if c.dep_ == "acomp" and c.lemma_.lower() in GUILTY
                   or c.dep_ == "prep" and c.lower_ == "behind" and any(g.dep_ == "pobj" for g in children(c))
                   or is_to_blame(c)), None)
    return (subject, blames) if blames is not None else None


def _is_vote(noun: Token) -> bool:
    """Whether a noun names a vote or its count ("the October vote", "the presidential run-off")."""
    return noun.doc[noun.left_edge.i:noun.i + 1].text.lower().split()[-1] in VOTES or noun.lemma_.lower() in VOTES


ULTIMATUM = "139"
DEADLINES = {"until"} | DEADLINE_UNITS


def _deadline_events(sent: Span, index: ActorIndex, pack: Pack, base: date | None, sentence: int,
                     found: list[Event]) -> list[Event]:
    """An ultimatum told as the time a party has to act: "Trump said Ukraine had until Thanksgiving to accept the
    plan", "Iran was given until Friday to respond, the EU said": the speaker (or the giver) threatens the party."""
    out: list[Event] = []
    for tok in tokens_of(sent):
        parties = deadline_parties(tok, index) if tok.lemma_.lower() in {"have", "give"} else None
        if parties is None or negated(tok) or any(
                (e.type == "THREATEN" or tok.lemma_.lower() == "give") and (e.source.code, e.target and e.target.code)
                == (parties[0].actor.code, parties[1].actor.code) for e in found + out):
            continue  # the time given already coded as a demand or an expulsion
        out.append(_told_event(pack, ULTIMATUM, bare(parties[0].actor), bare(parties[1].actor), date_of(tok, base),
                               sentence, tok.text))
    return out


MEDIATION = "045"
MEDIATING = {"with"} | SPONSORSHIPS | HOSTING  # the words a host or mediator is named with


def _mediator_events(sent: Span, index: ActorIndex, pack: Pack, geo: Geography, base: date | None, sentence: int,
                     found: list[Event]) -> list[Event]:
    """A host or mediator named in a "with" adjunct of a reported event mediates it ("met in Antalya, with
    Turkey's foreign minister acting as host", "exchanged prisoners with the help of the UAE"), as do those a
    participle names as leading or sponsoring the meeting ("talks led by Washington"): a third-party
    consultation with no target."""
    out: list[Event] = []
    if not found:
        return out
    for tok in tokens_of(sent):
        named = adjunct_mediator(tok) or meeting_host(tok) or named_mediation(tok)
        if named is None:
            continue
        named_too = [named[0], *(g for g in children(named[0]) if g.dep_ == "conj")]  # "under Saudi and US
        # sponsorship": each nationality's state
        parties = coordinated_mentions(named[0], index) or [m for c in named_too
                                                            if (m := stand_in_state(c, geo, shallow=False))]
        for party in parties:
            if party.actor.code is None or any(e.cameo == MEDIATION and e.source.code == party.actor.code
                                               for e in found + out):
                continue
            out.append(_told_event(pack, MEDIATION, bare(party.actor), None, date_of(tok.head, base), sentence,
                                   named[1].text, location=location_of(tok.head, index, geo.places)))
    return out


DEFIED = {"defy", "ignore", "flout", "disregard"}
DEFYING = DEFIED | {"despite"}
LENGTHS = {"day", "week", "month", "year"}
APPEAL = "020"
APPEALS = {"call", "plea", "appeal", "request", "pressure", "demand"}


def _defied_requests(sent: Span, index: ActorIndex, pack: Pack, geo: Geography, base: date | None, sentence: int,
                     codes: dict[int, str], live: set[int], found: list[Event]) -> list[Event]:
    """Appeals an act went ahead despite or in defiance of ("withdrew from the deal despite pleas from Britain and
    France to stay", "ignoring calls from Brussels to stay away", "defying months of Russian pressure"): the
    appealing parties asked the party that acted."""
    out: list[Event] = []
    for tok in tokens_of(sent):
        entry = pack.cameo.get(codes.get(tok.i, ""))
        code = codes[tok.i] if entry is not None and entry.type == "REQUEST" else APPEAL\
            if tok.lemma_.lower() in APPEALS else None  # "calls from Brussels", "Russian pressure": appeals
        if tok.pos_ != "NOUN" or code is None:
            continue
        slot = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of"\
            and tok.head.head.lemma_.lower() in LENGTHS else tok  # "months of pressure"
        if slot.dep_ == "pobj" and slot.head.lower_ == "despite" and slot.head.head.pos_ in {"VERB", "AUX"}:
            verb = slot.head.head
        elif slot.dep_ == "dobj" and slot.head.lemma_.lower() in DEFIED:
            verb = slot.head
        else:
            continue
        askers = [m for m in [stand_in_state(tok, geo, shallow=True)] if m] or source_and_target(tok, index, live)[0]
        asked = source_and_target(verb, index, live)[0]
        if not asked and verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "…, defying months of pressure"
            asked = source_and_target(verb.head, index, live)[0]
        if not askers or not asked or asked[0].actor.code is None:
            continue
        for asker in askers:
            if asker.actor.code in {None, asked[0].actor.code} or any(
                    e.type == "REQUEST" and e.source.code == asker.actor.code for e in found + out):
                continue
            out.append(_told_event(pack, code, bare(asker.actor), bare(asked[0].actor), date_of(tok, base),
                                   sentence, tok.text))
    return out


IN_FORCE = {"effect", "hold", "force"}  # "took effect", "took hold", "came into force"
DE_ESCALATION = "087"


def _truce_events(sent: Span, index: ActorIndex, pack: Pack, geo: Geography, base: date | None, sentence: int,
                  found: list[Event]) -> list[Event]:
    """A truce between two parties that takes effect, when no one's halting is told otherwise ("a ceasefire
    between Iran and Iraq took effect"): the first party de-escalates towards the second."""
    if any(e.type == "RETREAT" for e in found):
        return []
    for tok in tokens_of(sent):
        truce = next((c for c in children(tok) if c.dep_ == "nsubj" and c.lemma_.lower() in TRUCES), None)
        if truce is None or tok.pos_ != "VERB":
            continue
        force = next((t for t in subtree(tok) if t.i > tok.i and t.dep_ in {"dobj", "pobj"}
                      and t.lemma_.lower() in IN_FORCE), None)
        if force is None or negated(tok):
            continue
        parties = distinct_mentions([p for m in parties_between(truce, index)
                                     for p in split_parties(m, tok.doc, geo)])
        if len({p.actor.code for p in parties} - {None}) != 2 or len(parties) != 2:
            continue
        return [_told_event(pack, DE_ESCALATION, bare(parties[0].actor), bare(parties[1].actor), date_of(tok, base),
                            sentence, tok.doc[truce.i:force.i + 1].text,
                            modality_of(tok, governors(tok), lexicon(pack)), location_of(tok, index, geo.places))]
    return []


FORCES_OF_ORDER = {"GOV", "MIL"}


UNITS = {"army", "navy", "marines", "marine", "rangers", "troops", "forces", "soldiers", "paratroopers", "commandos",
         "police", "guards", "gendarmes", "militia", "air"}


def _nameless_unit(m: Mention, doc) -> bool:
    """A force the pack does not place, named without a nationality ("Army Rangers", "Foreign Legion
    commandos")."""
    root = doc[m.start:m.end].root
    words = {t.lower_ for t in doc[m.start:m.end]} | ({root.head.lower_} if root.dep_ == "compound" else set())
    return m.actor.code is None and m.actor.kind in {"group", "organization"} and m.actor.id is None\
        and (m.actor.sector == "MIL" or bool(words & UNITS))


def _clashed_with_forces(tok: Token, target: Mention) -> bool:
    """"protesters clashed with riot police", "fought running battles with security forces": the state's forces
    a crowd fights are a party to its protest, unlike a building it occupies or a leader it wants gone."""
    root = tok.doc[target.start:target.end].root
    return target.actor.kind == "group" and target.actor.sector in FORCES_OF_ORDER and root.dep_ == "pobj"\
        and root.head.lower_ in {"with", "against"} and root.head.head.i == tok.i


def _second_decision(tok: Token, found: list[tuple[Token, EventCue, Token | None]], codes: dict[int, str]) -> bool:
    """"agreed to cut Russian banks off from SWIFT and to freeze the central bank's assets": a complement
    conjoined with the one a joint decision takes its code from is a second act decided, coded on its own."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or codes[tok.i][:2] not in DECIDED:
        return False
    first = tok.head
    return any(partner is not None and partner.i == first.i and cue.cue in DECISIONS
               and codes.get(first.i, "")[:2] in DECIDED for _, cue, partner in found)


ENERGY = {"gas", "oil", "crude", "electricity", "lng", "coal", "power"}
ARMAMENTS = {"weapon", "weapons", "arms", "ammunition", "munitions", "missile", "missiles", "tank", "tanks", "jet",
             "jets", "f-16", "f-16s", "artillery", "shells", "howitzer", "howitzers", "interceptor", "interceptors",
             "rocket", "rockets", "launcher", "launchers", "helicopter", "helicopters", "warplanes", "warplane"}
ARMED_SYSTEMS = {"defence", "defense", "missile", "rocket", "artillery", "patriot", "himars"}
AIRLINERS = {"airlines", "airline", "airways", "passenger", "commercial"}


def _deadline_given(tok: Token) -> Token | None:
    """The act a party is given time to do: "gave Niger's junta a week to reinstate Bazoum" → reinstate."""
    units = [c for c in children(tok) if c.dep_ in {"npadvmod", "dobj"} and c.lemma_.lower() in DEADLINE_UNITS]
    if tok.pos_ != "VERB" or not units:
        return None
    return next((c for h in (tok, *units) for c in children(h) if c.dep_ in {"advcl", "xcomp", "relcl", "acl"}
                 and c.pos_ == "VERB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in children(c))), None)


EXPULSION = "166"
LEAVINGS = {"leave", "vacate", "quit"}


def _sent_away(give: Token, act: Token, geo: Geography) -> bool:
    """Whether the act a party is given time to do is leaving the giver's country or a base in it: "gave Germany's
    ambassador 48 hours to leave the country", "180 days to vacate the air base", "gave 23 Russian diplomats a
    week to leave Britain" (a state not the leavers' own); not "48 hours to leave Iraq"."""
    if act.lemma_.lower() not in LEAVINGS:
        return False
    place = next((c for c in children(act) if c.dep_ == "dobj"), None)
    if place is None or place.lemma_.lower() in {"country", "base", "territory"} and geo.code_in(place) is None:
        return True
    left = geo.code_in(place) if place.ent_type_ == "GPE" else None
    leavers = next((c for c in children(give) if c.dep_ == "dative"), None)
    return left is not None and leavers is not None and geo.code_in(leavers) not in {None, left}


def _airliner(subject: Token | None) -> bool:
    """Whether what lands is a passenger aircraft named by its airline ("a JetBlue jet", "an Ethiopian Airlines
    jet"): a scheduled flight, neither a visit nor arms delivered."""
    return subject is not None and subject.lower_ in ARMAMENTS | {"plane", "airliner", "flight"} and any(
        c.ent_type_ == "ORG" or c.lower_ in AIRLINERS for c in children(subject) if c.dep_ in {"compound", "amod"})


def _arms_arriving(tok: Token) -> bool:
    """Whether what arrives is weaponry ("the first F-16 jets from Denmark are expected to arrive in Ukraine",
    "Germany's first IRIS-T air defence system has arrived"), not missiles "to be stationed" by their owner."""
    subject = event_subject(tok)
    if subject is None or any(c.dep_ in {"acl", "relcl"} and (agent_of(c) is None or c.lemma_.lower() not in
                                                               PROMISES | GIVINGS) for c in children(subject)):
        return False  # but "the tanks promised by Poland have arrived": the promised aid delivered; not "tanks seized
        # by rebels arrived"
    words = {subject.lower_, *(c.lower_ for c in children(subject) if c.dep_ in {"compound", "amod", "nmod"})}
    return subject.lower_ in ARMAMENTS or subject.lemma_.lower() == "system" and bool(words & ARMED_SYSTEMS)


def _energy_supplied(tok: Token) -> bool:
    """Whether what a supply verb or noun moves is energy ("resumed gas deliveries", "cut off gas supplies",
    "oil shipments"): the head of its object, or the noun itself, named as gas, oil, electricity."""
    heads = [c for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"}] if tok.pos_ == "VERB" else [tok]
    return any(t.lower_ in ENERGY for h in heads for t in (h, *(c for c in children(h)
                                                               if c.dep_ in {"compound", "amod", "nmod"})))


REFUSING = {"refuse", "decline"}
FORCE = {"force", "military", "coercion", "strike", "strikes", "nuclear", "invasion", "invade", "attack", "attacks",
         "bombing", "airstrikes", "war"}
SEIZING_WORDS = {"control", "annex", "annexation", "seize", "take", "retake", "occupy", "acquire"}


def _force_not_ruled_out(tok: Token, cue: EventCue, partner: Token | None) -> tuple[str, Token] | None:
    """The threat a party makes by not ruling out force ("refused to rule out using military coercion to take
    control of Greenland", "did not rule out military action"): 138, or 1382 when the force would take land."""
    comp = partner if partner is not None else next((c for c in children(tok) if c.dep_ == "xcomp"), None)
    if cue.cue in REFUSING and comp is not None and comp.lemma_.lower() == "rule"\
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in children(comp)):
        ruled = comp
    elif cue.cue == "rule" and cue.with_ == "out" and negated(tok):
        ruled = tok
    else:
        return None
    words = {t.lemma_.lower() for t in subtree(ruled) if t.i != ruled.i}
    if not words & FORCE:
        return None
    return ("1382" if words & SEIZING_WORDS else "138"), ruled


ASKING = {"02", "10"}  # appeals and demands


def _second_demands(found: list[tuple[Token, EventCue, Token | None]], codes: dict[int, str],
                    kinds: dict[int, str | None]) -> dict[int, tuple[Token, EventCue]]:
    """Acts conjoined with the complement of an appeal or demand ("urged Putin to de-escalate the war and return
    Ukrainian children", "demanding that NATO rule out membership and pull its forces back"), each with the
    demand it belongs to: a second thing demanded of the same party, coded by the demand's own frames."""
    out: dict[int, tuple[Token, EventCue]] = {}
    for tok, cue, partner in found:
        if codes[tok.i][:2] not in ASKING or tok.pos_ != "VERB":
            continue
        comp = partner if partner is not None and partner.pos_ in {"VERB", "AUX"} else next(
            (c for c in children(tok) if c.dep_ in {"xcomp", "ccomp"}), None)
        if comp is None:
            continue
        acts = [a for a in children(comp) if a.dep_ == "conj" and a.pos_ == "VERB"]
        acts += [a for a in children(tok) if a.dep_ == "conj" and a.tag_ == "VB" and a.i > comp.i
                 and tok.tag_ in {"VBD", "VBZ", "VBP", "VBG"}]  # "urged Putin to de-escalate … and return the
        # children", misparsed with the bare infinitive conjoined with "urged"
        for act in acts:
            alternative = any(c.dep_ == "cc" and c.lower_ == "or" for c in children(act.head))  # "or face …"
            if not alternative and not any(c.dep_ in SUBJECT_DEPS for c in children(act))\
                    and cameo_code(cue, act, None) is not None:
                out[act.i] = tok, cue
    return out


SUBJECT_DEPS = {"nsubj", "nsubjpass"}
SUMMONS = {"summon"}


def _same_subject_act(tok: Token, codes: dict[int, str]) -> bool:
    """A verb conjoined, without a subject, with a coded verb of the same CAMEO root that has its own ("announced
    that it would give up its claim and let monitors verify the pullout", "hours after Moscow downgraded relations
    and expelled the ambassador"): a further act of that subject, not content of the outer predicate."""
    first = tok
    while first.dep_ == "conj" and first.pos_ == "VERB" and first.head.pos_ == "VERB" and first.head.i != first.i:
        first = first.head
    return first.i != tok.i and first.i in codes and codes[first.i][:2] == codes[tok.i][:2]\
        and not any(c.dep_ in SUBJECT_DEPS for c in children(tok))\
        and any(c.dep_ in SUBJECT_DEPS for c in children(first))


def _summoner(tok: Token, index: ActorIndex, geo: Geography) -> list[Mention]:
    """Who summons an envoy named as the passive subject: the state whose ministry or office the envoy is summoned
    to ("the US ambassador was summoned to the German foreign ministry")."""
    if not any(c.dep_ == "nsubjpass" for c in children(tok)):
        return []
    place = next((g for p in children(tok) if p.dep_ == "prep" and p.lower_ == "to" for g in children(p)
                  if g.dep_ == "pobj"), None)
    if place is None:
        return []
    return _state_named(place, index, geo)


ARREST = "173"
ANNOUNCING = {"say", "announce", "declare", "tell", "confirm", "promise", "pledge"}
ANNOUNCED = {"SANCTION": ANNOUNCING, "AID": ANNOUNCING, "MOBILIZE": ANNOUNCING, "COERCE": {"announce", "confirm"}}
# acts a party announcing them in the passive does, by the verbs that tell it; arrests only when announced or
# confirmed ("Kyiv said 40 citizens had been detained": it may be the side they were taken from)


def _announcer(tok: Token, index: ActorIndex, future: bool, verbs: set[str]) -> list[Mention]:
    """Who announces an act put in the passive without an agent ("Khan told parliament the pilot would be
    released", "said the men had been expelled", "announced that a Patriot battery would be sent"): a party
    announcing what will be yielded, or a penalty, aid, deployment or arrest, does it. ``future``: only what will be
    done; ``verbs``: the announcing verbs that tell it."""
    if not any(c.dep_ == "nsubjpass" for c in children(tok)) or future and not any(
            c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in children(tok)):
        return []  # "Kyiv said 300 prisoners were freed in the swap": who freed them is not said
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in verbs:
        return []
    speaker = index.at(event_subject(clause.head))
    return [speaker] if speaker is not None and speaker.actor.code else []


def _quits_accord(tok: Token) -> bool:
    """Whether a cut is leaving an accord, which needs no party named: "suspended its participation in the Black Sea
    grain deal", "pulled out of a six-year-old ceasefire" (however "out" is parsed)."""
    objects = [c for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"}]
    holders = [tok, *objects, *(c for c in children(tok) if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == "out")]
    objects += [g for o in holders for p in children(o) if p.dep_ == "prep" and p.lower_ in {"in", "from", "of"}
                for g in children(p) if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in QUITTABLE for o in objects)


def _negated_host(noun: Token) -> bool:
    """Whether an event noun is the object of a negated verb: "would never again take part in six-party talks"."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"dobj", "pobj"}:
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb.pos_ in {"VERB", "AUX"} and negated(verb)


def _state_named(tok: Token, index: ActorIndex, geo: Geography) -> list[Mention]:
    """The coded party at ``tok``, else the state its own words name ("the German foreign ministry")."""
    m = index.at(tok)
    m = m if m is not None and m.actor.code else stand_in_state(tok, geo, shallow=True)
    return [m] if m is not None and m.actor.code else []


def _forces_moved(tok: Token, index: ActorIndex, geo: Geography) -> list[Mention]:
    """The state whose forces a passive deployment without an agent moves ("10,000 North Korean soldiers have
    been sent to Russia", "British troops were ordered to the Gulf"): the forces' own state deploys them."""
    moved = next((c for c in children(tok) if c.dep_ == "nsubjpass"), None)
    if moved is None or not (names_forces(moved, index) or moved.lemma_.lower() in POLICE_WORDS):
        return []  # "riot police were deployed across Minsk": police moved are their state's too
    return _state_named(moved, index, geo)


POLICE_WORDS = {"police", "policeman", "policemen", "gendarme", "gendarmes", "gendarmerie", "guardsmen"}


PROMISES = {"vow", "pledge", "promise", "swear", "commit"}
GIVINGS = {"donate", "give", "send", "supply", "provide"}  # arms that arrive given or promised by a party
FIRINGS = {"fire", "launch"}
SHOW_OF_FORCE = "150"
SHORES = {"around", "near", "off"}  # waters around, near or off a state: the state the show of force is aimed at
READINESS = {"ready", "prepared"}
PLANS = {"plan", "plans", "option", "options"}
THREAT = "138"


def _attack_plans(found: list[tuple[Token, EventCue, Token | None]], codes: dict[int, str]) -> dict[int, Token]:
    """Attacks a party says it has plans for ("was examining plans to fire missiles towards Guam", "drawing up
    plans to strike"), each with the verb whose subject holds the plans: announcing them is a threat. Not "had no
    plans to go to war"."""
    out: dict[int, Token] = {}
    for tok, _, _ in found:
        plan = tok.head
        if tok.dep_ != "acl" or tok.pos_ != "VERB" or plan.lemma_.lower() not in PLANS\
                or codes.get(tok.i, "")[:2] not in VIOLENT or negated(tok) or negated(plan)\
                or any(c.lower_ == "no" for c in children(plan)):
            continue
        holder = governing_verb(plan)
        if holder is not None and not negated(holder) and plan.dep_ == "dobj":
            out[tok.i] = holder
    return out
VIOLENT = {"17", "18", "19", "20"}  # coercion and violence: promised, they are threats
YIELDING = "08"  # yielding: promised, it is a concession announced (a future retreat is CONCEDE)
PROMISERS = PROMISES | {"agree"}
SWAPS = {"swap", "exchange", "trade"}
TRUCE_CODES = {"087", "0871"}  # "agreed in a call with Trump to halt strikes": a truce agreed, an agreement


def _promised_yields(found: list[tuple[Token, EventCue, Token | None]], codes: dict[int, str]) -> dict[int, Token]:
    """Promises and agreements to yield, each with the act promised ("promised to free 52 political prisoners",
    "agreed to disarm", "Libya's pledge to give up its weapons"): a concession announced, not an intent to
    cooperate. Not a swap ("agreed to exchange prisoners"), not a promise not to ("pledged not to withdraw")."""
    out: dict[int, Token] = {}
    cues = {tok.i: cue for tok, cue, _ in found}
    for tok, cue, partner in found:
        if cue.cue not in PROMISERS or codes.get(tok.i, "")[:2] != "03" or negated(tok):
            continue
        act = partner if partner is not None else next(
            (c for c in children(tok) if c.dep_ in {"xcomp", "acl", "advcl"} and c.pos_ == "VERB"
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))), None)
        if act is None or act.i not in cues or codes.get(act.i, "")[:2] != YIELDING or negated(act)\
                or cues[act.i].cue in SWAPS or in_exchange(act) or cue.cue in DECISIONS and codes[act.i] in TRUCE_CODES:
            continue
        out[tok.i] = act
    return out
DECISIONS = {"agree"}
DECIDED = {"16"}  # acts an agreement decides rather than promises: reducing relations, sanctions
INCURSIONS = {"cross", "roll", "pour", "push", "surge", "incursion"}
def _going_home(tok: Token, geo: Geography, sources: list[Mention], target: Mention | None) -> bool:
    """Whether forces crossing a border leave the country the crossing would be read as invading: they cross
    "from" it, or "into" their own country."""
    places = {p.lower_: [stand_in_state(g, geo) for g in children(p) if g.dep_ == "pobj"]
              for p in children(tok) if p.dep_ == "prep" and p.lower_ in {"from", "into"}}
    left = {m.actor.code for m in places.get("from", []) if m is not None}
    entered = {m.actor.code for m in places.get("into", []) if m is not None}
    own = {s.actor.code for s in sources} - {None}
    return bool(target is not None and target.actor.code in left - entered or entered and entered <= own)


ENTRIES = {"roll", "pour", "drive", "move", "sweep", "march", "enter"}  # forces going in somewhere


def _entry_before_attack(tok: Token, kinds: dict[int, str | None]) -> bool:
    """Whether a move into a place is told only as the way to an attack the same forces then make on it: "tanks
    rolled into Budapest and shelled buildings", "moved into the city and opened fire on crowds"."""
    return tok.lemma_.lower() in ENTRIES and tok.pos_ == "VERB" and kinds.get(tok.i) != "AID" and any(
        c.dep_ == "conj" and c.pos_ == "VERB" and kinds.get(c.i) == "ASSAULT"
        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in children(c)) for c in children(tok))
ADVANCES = {"move", "roll", "sail", "steam"}  # forces heading somewhere short of crossing into a country
DEPLOYMENT = "154"
SENDINGS = {"042", DEPLOYMENT, "190", "192"}  # forces arriving, deployed, landing or entering
FLIGHTS = {"fly", "enter"}
CROWDS = {"protester", "protestor", "demonstrator", "marcher", "rioter", "crowd", "mob", "supporter"}
HEADINGS = {"into", "towards", "toward", "to", "for"}
CRAFT = {"warship", "carrier", "destroyer", "frigate", "submarine", "fleet", "flotilla", "armour", "armor",
         "warplane", "bomber", "helicopter"}
CONVOYS = {"truck", "lorry", "convoy", "vehicle"}
RELIEF_WORDS = {"aid", "relief", "humanitarian"}
RELIEF_GOODS = {"food", "flour", "rice", "wheat", "grain", "medicine", "tent", "blanket", "shelter", "water", "oxygen",
                "vaccine", "medical", "supply",
                "crescent", "cross"}  # what a convoy carries, or the Red Cross or Red Crescent that loads it
CARRIERS = CONVOYS | {"plane", "aircraft", "jet", "flight", "ship", "vessel", "helicopter", "airlift"}
PEACEKEEPERS = {"peacekeeper", "peacekeeping", "blue", "monitor", "observer"}
MEDICS = {"health", "medical", "doctor", "medic", "nurse", "paramedic"}
MEDICAL_TEAMS = {"team", "worker", "staff", "doctor", "medic", "nurse", "paramedic", "brigade", "contingent"}
LOADINGS = {"load", "laden", "pack"}  # not "carrying", an aid cue of its own
STRIKE = "143"
WORKERS = {"worker", "driver", "teacher", "miner", "nurse", "doctor", "docker", "dockworker", "employee", "staff",
           "union", "pilot", "controller"}
INVASIONS = {("land", "in"): "190", ("land", "on"): "190", ("land", "at"): "190", ("come", "ashore"): "190",
             ("wade", "ashore"): "190", ("move", "on"): "190", ("enter", None): "192",
             ("sweep", "into"): "192", ("break", "through"): "190", ("crash", "through"): "190",
             ("fall", "back"): "0874"}  # and "troops fell back": a withdrawal


ADDRESSED = {"warn", "caution"}
PESSIMISM = "012"  # "warned that …" with no frame word: a pessimistic remark
PRAISE = "051"
ENDORSEMENTS = {"support", "endorse", "back", "embrace"}
TRUCE_AGREED = "0356"
STREET_PROTEST, OFFICIAL_COMPLAINT = "141", "114"
GREETINGS = {"welcome"}
UNFRAMED = "010"  # a polysemous cue's own code: no event unless one of its frames matches
ARMS_AID, DISARM = "072", "0873"  # weapons a state gives are aid; weapons rebels give up, disarmament
ABDUCTION = "181"  # hostage-taking stays an assault whoever does it ("students took 60 Americans hostage")
HOLDINGS = {"overrun"}  # a crowd overrunning a compound takes and holds it: a seizure, not a riot
# An exercise is a show of force, an opened crossing or border an eased blockade or restriction; done by two
# states together, they are military or economic cooperation.
DONE_TOGETHER = {"150": "062", "0872": "061", "0863": "061", "081": "061"}
# Future cooperation is an agreement (PLOVER AGREE); a future refusal to concede or cooperate is a rejection.
PROMISED = {"CONSULT": "036", "COOPERATE": "031", "AID": "033", "SUPPORT": "032"}
PROMISED_RELIEF = {"085": "0354"}  # a promise to ease sanctions is an agreement (domain §4), not a concession
REFUSED = {"AGREE": "120", "CONCEDE": "124", "RETREAT": "124", "CONSULT": "125", "AID": "122", "COOPERATE": "121",
           "SUPPORT": "120"}
DEFIANCE = {"defy"}  # crowds defying a curfew or a ban protest
COMMANDS = {"order", "instruct", "command", "direct", "tell"}
DEMANDED_DE_ESCALATION = "1056"


def _ordered_party(command: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """The other party a command to stand down is given to ("ordered Iraq to withdraw from Kuwait"), not the
    commander's own forces ("ordered Russian troops to pull back")."""
    obj = next((c for c in children(command) if c.dep_ == "dobj"), None)
    party = index.at(obj) if obj is not None else None
    if party is None or party.actor.code is None or party.actor.sector == "MIL"\
            or any(s.actor.code == party.actor.code for s in sources):
        return None
    return party
TALKS_BROKEN = "164"
SPANS = {"day", "hour", "week", "month", "round", "session"}  # what talks concluded are counted in
CUTS = {"160", "161"}  # reducing or breaking relations: only with a party whose ties are cut
QUITTABLE = {"deal", "agreement", "treaty", "accord", "pact", "initiative", "convention", "programme", "program",
             "ceasefire", "truce", "armistice"}  # what a party leaves with no one named
SPECULATIVE = {"could", "might", "may"}  # "the EU could impose sanctions if …": a forecast, not a warning


THREATENED = {"SANCTION": "1312", "ASSAULT": "138", "COERCE": "138"}  # the threat a penalty's kind makes


def _vowed_force(tok: Token, chain: list[Token], index: ActorIndex, sources: list[Mention]) -> bool:
    """"Beijing would 'fight at all costs' to stop Taiwan", "Russia will strike back": force a party says it will
    use, in what it says, is a threat (not a forecast or a plan reported by others)."""
    top = chain[-1]
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ != "ccomp" or top.head.lemma_.lower() not in SAYING or negated(tok) or tok.pos_ != "VERB"\
            or not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in children(tok)):
        return False
    speaker = index.at(event_subject(top.head))  # the party's own word, not an analyst's forecast
    return speaker is not None and bool(sources) and speaker.actor.code == sources[0].actor.code is not None


SAYING = {"say", "warn", "vow", "declare", "tell", "insist", "threaten", "state"}


VOWING_AUX = {"would", "will", "'ll", "wo", "could", "'d"}
CONDITIONAL_THREAT = "130"
# What a party says it would do in answer ("would respond", "would have no choice but to act", "action would
# become unavoidable"); otherwise only a refusal ("would not stand idly by") threatens: "would hold elections
# if …" is an offer.
ANSWERS = {"respond", "act", "retaliate", "react", "answer", "unavoidable", "inevitable", "consequence",
           "consequences"}


def _condition_clause(verb: Token) -> Token | None:
    """The "if", "unless" or "as long as" clause inside a predicate's phrase."""
    for t in subtree(verb):
        marks = [m for m in children(t) if m.dep_ == "mark"]
        if t.dep_ in {"advcl", "pcomp"} and any(m.lower_ in CONDITIONS or m.lower_ == "as" and m.i > 1
                                                and t.doc[m.i - 1].lower_ == "long" for m in marks):
            return t
    return None


def _conditional_threats(sent: Span, index: ActorIndex, pack: Pack, base: date | None, sentence: int,
                         found: list[Event], live: set[int]) -> list[Event]:
    """What a party says it would do if another acted, when the act is no coded penalty: "Vucic warned that
    Belgrade would not stand idly by if Kosovo police moved", "Biden told Putin the West would respond with strong
    measures if Russia invaded", "Erdogan said Turkey would not allow Finland into NATO as long as …": a threat by
    the speaker against the party the condition names. (A conditional offer names its act: "would send a Patriot
    system if …" is coded by the act.)"""
    out: list[Event] = []
    for say in tokens_of(sent):
        if say.lemma_.lower() not in SAYING or say.pos_ != "VERB" or negated(say):
            continue
        speaker = index.at(event_subject(say))
        if speaker is None or speaker.actor.code is None:
            continue
        said = [c for c in children(say) if c.dep_ == "ccomp"] + [  # and "told Putin in a call that the West
            t for t in subtree(say) if t.dep_ == "relcl" and any(  # would respond …", parsed as a relative clause
                m.dep_ == "mark" and m.lower_ == "that" for m in children(t))]
        for verb in said:
            condition = _condition_clause(verb) if any(
                c.dep_ == "aux" and c.lower_ in VOWING_AUX for c in children(verb)) else None
            if condition is None:
                continue
            inside = {t.i for t in subtree(condition)}
            said_words = {t.lemma_.lower() for t in subtree(verb) if t.i not in inside}
            if not negated(verb) and not said_words & ANSWERS:
                continue
            if any(t.i in live for t in subtree(verb) if t.i not in inside) or any(
                    e.type == "THREATEN" and e.source.code == speaker.actor.code for e in found + out):
                continue
            party = index.at(event_subject(condition))
            target = party if party is not None and party.actor.code not in {None, speaker.actor.code} else None
            out.append(_told_event(pack, CONDITIONAL_THREAT, bare(speaker.actor),
                                   bare(target.actor) if target else None, date_of(say, base), sentence, verb.text))
    return out


def _ultimatum(faced: list[tuple[Token, str | None]], events: list[Event], pack: Pack) -> list[Event]:
    """"demanded that Russia accept a ceasefire or face new sanctions": a demand backed by a penalty is also a
    threat by the demander, unless the sentence already reports one ("gave Serb forces ten days … or face")."""
    demand = next((e for e in events if e.type == "REQUEST"), None)
    if demand is None or any(e.type == "THREATEN" for e in events):
        return []
    for tok, kind in faced:
        verb = governing_verb(tok)
        alternative = next((c for c in children(verb.head) if c.dep_ == "cc" and c.lower_ == "or"), None)
        if verb.dep_ == "conj" and alternative is not None and alternative.i < tok.i and kind in THREATENED:
            entry = pack.cameo[THREATENED[kind]]
            return [demand.model_copy(update={"type": entry.type, "mode": entry.mode, "cameo": THREATENED[kind],
                                              "evidence": tok.doc[alternative.i:tok.i + 1].text})]
    return []


ENCIRCLING = {"surround", "encircle", "besiege"}  # a crowd ringing a seat of power obstructs its state
OBSTRUCTION = "144"
SEIZING = {"storm", "force", "smash", "fight", "push", "break"}  # a crowd storming (forcing its way into) a seat
# of power acts against its state


def _heads_for(tok: Token) -> bool:
    """Whether a move has a destination ("moved into the Adriatic", "rolled towards the capital")."""
    return any(c.dep_ == "prep" and c.lower_ in HEADINGS for c in children(tok))


def _forces_on_move(subject: Token | None, index: ActorIndex) -> bool:
    """Whether what moves is armed forces or their craft ("tank columns", "a French carrier group")."""
    return subject is not None and (names_forces(subject, index) or any(
        t.lemma_.lower() in CRAFT for t in subtree(subject) if t.i <= subject.i))


def _relief_convoy(subject: Token | None) -> bool:
    """Whether what moves is a convoy of relief ("Red Cross aid lorries", "a humanitarian convoy", "lorries loaded
    with tents and blankets", "lorries loaded by the Red Crescent")."""
    if subject is None or subject.lemma_.lower() not in CONVOYS:
        return False
    loads = [t for c in children(subject) if c.dep_ == "acl" and c.lemma_.lower() in LOADINGS for t in subtree(c)]
    return any(t.lemma_.lower() in RELIEF_WORDS for t in subtree(subject) if t.i < subject.i)\
        or any(t.lemma_.lower() in RELIEF_WORDS | RELIEF_GOODS for t in loads)


def _friendly_arrival(subject: Token | None) -> str | None:
    """The code of forces landing to keep the peace or bring relief ("peacekeepers began landing in Dili", "a
    military transport plane carrying oxygen cylinders landed in New Delhi"), None for any other landing."""
    if subject is None:
        return None
    if subject.lemma_.lower() in PEACEKEEPERS:
        return PROTECTION
    words = {t.lemma_.lower() for t in subtree(subject)}
    if words & MEDICS and words & MEDICAL_TEAMS:
        return RELIEF  # "a team of 165 health workers landed in Freetown": medical staff sent to treat the sick
    carried = any(t.lemma_.lower() in RELIEF_WORDS | RELIEF_GOODS for t in subtree(subject) if t.i != subject.i)
    if subject.lemma_.lower() not in CARRIERS or not carried:
        return None
    return NO_EVENT if any(c.dep_ == "acl" and c.lemma_ == "carry" for c in children(subject)) else RELIEF  # the
    # carrying is coded as aid of its own


def is_crowd_protesting(tok: Token, etype: str) -> bool:
    """"Broke up crowds protesting against the election": a participle on the people an act is done to says that
    they protest, not what the act contains."""
    return etype == "PROTEST" and tok.dep_ == "acl" and tok.tag_ == "VBG"


def _nameless_crowd(source: Mention, etype: str) -> bool:
    """A protesting crowd of no named state."""
    return etype == "PROTEST" and source.actor.code is None and source.actor.sector in {"CVL", "OPP"}


def _crowd(subject: Token | None) -> bool:
    """Whether a subject names a crowd ("protesters in tractors", "thousands of supporters of the ousted leader")."""
    if subject is None:
        return False
    heads = [subject, *(g for p in children(subject) if p.dep_ == "prep" and p.lower_ == "of"
                        for g in children(p) if g.dep_ == "pobj")]
    return any(t.lemma_.lower() in CROWDS for t in heads)


FORETELLING = {"return", "visit", "deal", "plan", "summit", "talks", "election", "victory", "move", "decision",
               "agreement", "meeting", "arrival", "presidency", "reform", "policy", "strategy", "year", "week"}


KILLINGS = {"kill", "shoot", "assassinate", "murder", "gun", "stab", "behead", "slay"}
ASSASSINS = {"student", "extremist", "nationalist", "zealot", "militant", "bodyguard", "guard", "soldier", "officer",
             "policeman", "man", "woman", "youth", "assassin", "member", "supporter", "opponent"}


def _person_killed(tok: Token, index: ActorIndex, geo: Geography, kinds: dict[int, str | None])\
        -> tuple[list[Mention], Mention] | None:
    """The killer and victim of a named person shot or killed in the passive by no party the sentence names: the
    state named on the strike or the killer ("was killed in a US drone strike", "by a Jewish extremist"), else an
    unidentified one ("was shot dead at Manila airport", "was killed by a bomb")."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in KILLINGS or tok.dep_ == "relcl":
        return None  # not "a coup in which Prime Minister Bishop was killed": background to another act
    victim = next((c for c in children(tok) if c.dep_ == "nsubjpass" and c.pos_ != "PRON"), None)
    killed = index.at(victim) if victim is not None else None
    if killed is None or killed.actor.kind != "person" or killed.actor.code is None:
        return None
    strikes = [g for p in children(tok) if p.dep_ == "prep" and p.lower_ == "in" for g in children(p)
               if g.dep_ == "pobj" and kinds.get(g.i) == "ASSAULT"]
    agent = agent_of(tok)
    states = [m for m in (*(attacker_of(s, index, geo) for s in strikes),
                          [stand_in_state(agent, geo, shallow=True)] if agent is not None else []) if m and m[0]]
    if states:
        return states[0], killed
    if agent is not None and index.at(agent) is not None:
        return None
    if agent is not None and agent.lemma_.lower() in ASSASSINS and sole_state(tok, index, geo) == killed.actor.code:
        return [compatriot(unidentified_actor(agent), killed.actor.code)], killed  # "by a Jewish law student": one
        # of the victim's own people, in a sentence naming no other state
    return [unidentified_actor(agent if agent is not None else tok)], killed


def _ruler_fled(tok: Token, index: ActorIndex, geo: Geography) -> bool:
    """Whether a ruler fled abroad ("Ben Ali fled to Saudi Arabia", "Ghani fled the country"): he gave up power."""
    ruler = index.at(event_subject(tok))
    if ruler is None or ruler.actor.kind != "person" or ruler.actor.sector != "GOV" or not ruler.actor.code:
        return False
    places = [g for c in children(tok) if c.dep_ == "prep" and c.lower_ in {"to", "into"} for g in children(c)
              if g.dep_ == "pobj"]
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "country" for c in children(tok)) or any(
        m.actor.code != ruler.actor.code for g in places for m in _state_named(g, index, geo))


RESIGNATION = "0831"


def _route_name(tok: Token) -> bool:
    """Whether a name is, or names, a road, bridge or crossing: "the Autokomanda interchange"."""
    route = tok.head if tok.dep_ == "compound" else tok
    return route.lemma_.lower() in ROUTES


ROUTES = {"road", "highway", "motorway", "interchange", "junction", "bridge", "crossing", "tunnel", "street",
          "avenue", "boulevard", "square", "railway", "port"}


def _foreign_places(noun: Token) -> bool:
    """Whether a plural noun names places of several foreign states: "several foreign embassies"."""
    return noun.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ == "foreign" for c in children(noun))


def _foretold(tok: Token, cue: EventCue) -> bool:
    """Whether a verb of promise says what a thing bodes, not what a party pledges: "Putin's return to the Kremlin
    promises continuity abroad", "the summit promises to be tense"."""
    subject = event_subject(tok) if cue.cue in PROMISES and tok.pos_ == "VERB" else None
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in FORETELLING


KNOWING = {"involve", "involved", "familiar", "close", "brief", "briefed", "privy"}


def _sources_knowledge(tok: Token) -> bool:
    """Whether an event noun only says what a report's sources know of: "diplomats involved in the Ukraine talks
    say", "people familiar with the negotiations said"."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "prep" \
        and tok.head.head.lemma_.lower() in KNOWING and tok.head.head.dep_ in {"acl", "amod"}


OPEN_QUESTIONS = {"know", "debate", "disagree", "question", "argument", "wonder", "doubt", "unclear", "clear",
                  "uncertain", "depend", "decide", "matter"}


def _open_question(tok: Token) -> bool:
    """Whether a predicate stands in a "whether" clause that is a sentence's subject or what is not known, debated
    or open: "Whether the generals can hand power back is far from clear", "disagree over whether …"."""
    clause = next((t for t in (tok, *tok.ancestors) if any(c.dep_ == "mark" and c.lower_ == "whether"
                                                          for c in children(t))), None)
    if clause is None:
        return False
    head = clause.head.head if clause.head.dep_ == "prep" else clause.head
    return clause.dep_ in {"csubj", "csubjpass"} or head.lemma_.lower() in OPEN_QUESTIONS


def _office_state(verb: Token, geo: Geography) -> str | None:
    """The state of the office a verb's "as" names: "resigned as president of Burkina Faso", "as Bolivia's leader"."""
    offices = [g for p in children(verb) if p.dep_ == "prep" and p.lower_ == "as" for g in children(p)
               if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return next((code for g in offices for c in children(g) if c.dep_ in {"poss", "amod", "compound"} and c.i < g.i
                 or c.dep_ == "prep" and c.lower_ == "of" if (code := geo.code_in(c))), None)


def _would_not(tok: Token, modality: str) -> bool:
    """"… but would not agree to a truce", "would not hand over bin Laden unless Washington produced proof":
    "would not" ("won't") with no condition in the sentence but the terms it sets ("unless") refuses."""
    return modality == "hypothetical" and any(c.dep_ == "aux" and c.lower_ in {"would", "wo"} for c in children(tok))\
        and not any(t.lower_ in CONDITIONS and t.lower_ != "unless" for t in tokens_of(sentence_of(tok)))


def _fleet_state(subject: Token | None, geo: Geography) -> list[Mention]:
    """The state a moving force's words name anywhere before its head ("a second US carrier group")."""
    code = next((geo.code[t.lower_] for t in subtree(subject) if t.i < subject.i and t.text[:1].isupper()
                 and t.lower_ in geo.code), None) if subject is not None else None
    return [state_mention(code, subject)] if code else []


def _donors(arms: Token, index: ActorIndex) -> list[Mention]:
    """The party named as the agent of a participle on arms that arrive ("the jets pledged by Denmark")."""
    agents = (index.at(a) for c in children(arms) if c.dep_ == "acl" and (a := agent_of(c)) is not None)
    return [m for m in agents if m is not None and m.actor.code][:1]


def _workers(subject: Token | None) -> bool:
    """Whether a subject names workers, one of them conjoined ("train drivers and teachers")."""
    return subject is not None and any(t.lemma_.lower() in WORKERS for t in (subject, *subject.conjuncts))
