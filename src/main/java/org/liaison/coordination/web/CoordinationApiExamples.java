package org.liaison.coordination.web;

import org.liaison.shared.web.RequestExamples;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Working examples of the calculators' request bodies in the OpenAPI document: the worked examples of the engines'
 * tests (rules.md §5 cases, CJEU rulings, official guides), sent as they are by {@code CoordinationApiExamplesTests},
 * which checks the outcome each source gives.
 */
@Configuration(proxyBeanMethods = false)
class CoordinationApiExamples {

    static final String LEGISLATION = "/api/v1/coordination/applicable-legislation";
    static final String PENSIONS = "/api/v1/coordination/pensions/estimate";
    static final String EXPORT = "/api/v1/coordination/benefit-export";
    static final String FAMILY = "/api/v1/coordination/family-benefits/priority";
    static final String HEALTHCARE = "/api/v1/coordination/healthcare/reimbursement";
    static final String UNEMPLOYMENT = "/api/v1/coordination/unemployment/assessment";

    private static final String RULES = "Liaison's reference/rules.md §5 (test cases, inputs and expected outcome)";

    @Bean
    OpenApiCustomizer coordinationExamples() {
        return new RequestExamples()
                .post(LEGISLATION, "posting-to-germany",
                        "Posted from France to Germany for 20 months: French legislation, Reg. 883/2004 art. 12(1)",
                        RULES + ", case 1", """
                        {"person": {"residenceState": "FR", "nationality": "FR"},
                         "activities": [{"kind": "EMPLOYED", "state": "DE", "postedFrom": "FR",
                           "employer": {"id": "552100554", "seat": "FR", "substantialActivityInSeat": true},
                           "period": {"start": "2026-03-01", "end": "2027-10-31"}, "replacesPostedWorker": false}],
                         "priorAffiliation": {"state": "FR", "period": {"start": "2020-01-01", "end": "2026-02-28"}},
                         "period": {"start": "2026-03-01", "end": "2027-10-31"}, "exceptionRequested": false}""")
                .post(LEGISLATION, "two-states-one-employer",
                        "Resident in Belgium, 30 % of the work there and 70 % in the Netherlands for one Dutch "
                                + "employer: Belgian legislation, Reg. 883/2004 art. 13(1)(a)",
                        RULES + ", case 4 (Reg. 987/2009 art. 14(8))", """
                        {"person": {"residenceState": "BE"},
                         "activities": [
                           {"kind": "EMPLOYED", "state": "BE", "employer": {"id": "NL-1", "seat": "NL"},
                            "workingTimeShare": 30, "period": {"start": "2025-01-01", "end": "2025-12-31"}},
                           {"kind": "EMPLOYED", "state": "NL", "employer": {"id": "NL-1", "seat": "NL"},
                            "workingTimeShare": 70, "period": {"start": "2025-01-01", "end": "2025-12-31"}}],
                         "period": {"start": "2025-01-01", "end": "2025-12-31"}}""")
                .post(LEGISLATION, "a1-already-issued",
                        "Hungarian A1 certificates for workers sent to Austria to replace others, contested by the "
                                + "Austrian institution: they bind until withdrawn (Hungarian legislation), the answer "
                                + "explains the dialogue and conciliation procedure",
                        "CJEU C-527/16 Alpenrind, EU:C:2018:669; Reg. 987/2009 art. 5; Decision A1 of 12 June 2009", """
                        {"person": {"residenceState": "HU"},
                         "activities": [{"kind": "EMPLOYED", "state": "AT", "postedFrom": "HU",
                           "employer": {"id": "HU-MM", "seat": "HU", "substantialActivityInSeat": true},
                           "period": {"start": "2014-02-01", "end": "2014-11-30"}, "replacesPostedWorker": true}],
                         "priorAffiliation": {"state": "HU", "period": {"start": "2012-01-01", "end": "2014-01-31"}},
                         "period": {"start": "2014-02-01", "end": "2014-11-30"},
                         "certificateHeld": {"issuingState": "HU", "kind": "PD_A1",
                           "period": {"start": "2014-02-01", "end": "2014-11-30"}, "withdrawn": false,
                           "contestedByHost": true, "fraudEvidenceUnanswered": false}}""")
                .post(LEGISLATION, "self-employed-centre-of-interest",
                        "Living in France, self-employed in Germany (55 % of the time, 40 services) and Austria (45 %, "
                                + "25 services, the one fixed place of business, the intended centre): Austria, an "
                                + "indicative answer (warning INDICATIVE), Reg. 883/2004 art. 13(2)(b)",
                        "Reg. 987/2009 art. 14(9)-(10); criteria as listed at "
                                + "https://www.sozialversicherung.at/cdscontent/?contentid=10007.888945&portal=euinfoportal", """
                        {"person": {"residenceState": "FR"},
                         "activities": [
                           {"kind": "SELF_EMPLOYED", "state": "DE", "workingTimeShare": 55,
                            "period": {"start": "2026-01-01", "end": "2026-12-31"}},
                           {"kind": "SELF_EMPLOYED", "state": "AT", "workingTimeShare": 45,
                            "period": {"start": "2026-01-01", "end": "2026-12-31"}}],
                         "period": {"start": "2026-01-01", "end": "2026-12-31"},
                         "centreOfInterest": [
                           {"state": "DE", "fixedPlaceOfBusiness": false, "habitual": true, "servicesRendered": 40,
                            "intended": false},
                           {"state": "AT", "fixedPlaceOfBusiness": true, "habitual": true, "servicesRendered": 25,
                            "intended": true}]}""")
                .post(LEGISLATION, "marginal-activity-abroad",
                        "Employed in France, 0.4 % of the time and pay in Germany: a marginal activity, disregarded; "
                                + "French legislation under Reg. 883/2004 art. 11(3)(a), not art. 13",
                        "Reg. 987/2009 art. 14(5b); Practical Guide on the applicable legislation (Dec. 2013), Part II, "
                                + "https://ec.europa.eu/social/BlobServlet?docId=11366&langId=en", """
                        {"person": {"residenceState": "FR"},
                         "activities": [
                           {"kind": "EMPLOYED", "state": "FR", "employer": {"id": "552100554", "seat": "FR"},
                            "workingTimeShare": 99.6, "remunerationShare": 99.6,
                            "period": {"start": "2025-01-01", "end": "2025-12-31"}},
                           {"kind": "EMPLOYED", "state": "DE", "employer": {"id": "552100554", "seat": "FR"},
                            "workingTimeShare": 0.4, "remunerationShare": 0.4,
                            "period": {"start": "2025-01-01", "end": "2025-12-31"}}],
                         "period": {"start": "2025-01-01", "end": "2025-12-31"}}""")
                .post(LEGISLATION, "replacing-a-posted-worker",
                        "Sent from Hungary to Austria to replace workers another Hungarian firm had posted there: "
                                + "not a posting, Austrian legislation",
                        "CJEU C-527/16 Alpenrind, ECLI:EU:C:2018:669, operative part point 3", """
                        {"person": {"residenceState": "HU"},
                         "activities": [{"kind": "EMPLOYED", "state": "AT", "postedFrom": "HU",
                           "employer": {"id": "HU-MEAT-2", "seat": "HU", "substantialActivityInSeat": true},
                           "period": {"start": "2014-02-01", "end": "2014-12-31"}, "replacesPostedWorker": true}],
                         "priorAffiliation": {"state": "HU", "period": {"start": "2013-01-01", "end": "2014-01-31"}},
                         "period": {"start": "2014-02-01", "end": "2014-12-31"}}""")
                .post(LEGISLATION, "self-employed-posted-to-argentina",
                        "Self-employed, working 20 months in Argentina: 12 months, then the self-employed extension "
                                + "of 12 months (employees have 24 + 24)",
                        "France–Argentina convention, art. 6(2), https://www.legifrance.gouv.fr/jorf/article_jo/"
                                + "JORFARTI000026530780; Cleiss 2015 table, https://www.cleiss.fr/docs/stats/"
                                + "sources_stats2015/files/basic-html/page122.html", """
                        {"person": {"residenceState": "FR", "nationality": "FR"},
                         "activities": [{"kind": "SELF_EMPLOYED", "state": "AR", "postedFrom": "FR",
                           "period": {"start": "2025-01-01", "end": "2026-08-31"}, "similarActivity": true}],
                         "period": {"start": "2025-01-01", "end": "2026-08-31"}}""")
                .post(PENSIONS, "salgado-gonzalez",
                        "A Spanish and a Portuguese career aggregated to reach Spain's 15 years, then the pro-rata "
                                + "(amounts built for the example: €600 theoretical in Spain, €2 a month in Portugal)",
                        "CJEU C-282/11 Salgado González, facts as summarised at "
                                + "http://www.tress-network.org/TRESS/SOCIAL/NEWSLETTERS/march13/tress_2_P11.htm", """
                        {"periods": [
                           {"state": "ES", "scheme": "RETA", "kind": "SELF_EMPLOYMENT", "start": "1989-02-01",
                            "end": "1999-03-31"},
                           {"state": "PT", "scheme": "general", "kind": "SELF_EMPLOYMENT", "quantity": 2100, "unit": "DAYS",
                            "workingWeek": "SEVEN_DAY"}],
                         "rules": [
                           {"state": "ES", "minimumMonths": 180, "theoreticalAmount": 600.00},
                           {"state": "PT", "minimumMonths": 180, "monthlyAccrual": 2.00}],
                         "residenceState": "ES", "date": "2006-01-01"}""")
                .post(PENSIONS, "national-rounding",
                        "Each state rounds its own amounts: Germany half up (125.025 → 125.03), France truncates "
                                + "(875.175 → 875.17); theoretical amounts built for the example",
                        "SGB VI § 121(2) and § 123(1), https://www.gesetze-im-internet.de/sgb_6/__121.html", """
                        {"periods": [
                           {"state": "DE", "scheme": "DRV", "kind": "EMPLOYMENT", "start": "1980-01-01",
                            "end": "1984-12-31"},
                           {"state": "FR", "scheme": "CNAV", "kind": "EMPLOYMENT", "start": "1985-01-01",
                            "end": "2019-12-31"}],
                         "rules": [
                           {"state": "DE", "minimumMonths": 0, "theoreticalAmount": 1000.20, "rounding": "HALF_UP"},
                           {"state": "FR", "minimumMonths": 0, "theoreticalAmount": 1000.20}],
                         "residenceState": "FR", "date": "2026-01-01"}""")
                .post(EXPORT, "unemployed-moving-to-spain",
                        "Unemployment benefit taken to Spain with a PD U2: 3 months, extendable to 6 (art. 64)",
                        RULES + ", case 12", """
                        {"benefit": "UNEMPLOYMENT_BENEFIT", "residenceState": "ES", "date": "2025-03-01", "pdU2": true}""")
                .post(EXPORT, "aspa-in-portugal",
                        "The minimum old-age allowance (ASPA) is not paid to a resident of Portugal (art. 70, Annex X)",
                        "Liaison's reference/rules.md §1.2 (Reg. 883/2004 art. 70 and Annex X)", """
                        {"benefit": "ASPA", "residenceState": "PT", "date": "2025-03-01"}""")
                .post(FAMILY, "employed-in-france-child-in-germany",
                        "Father employed in France, mother inactive in Germany with the child: France first, Germany "
                                + "pays the difference (amounts built for the example)",
                        RULES + ", case 11 (Reg. 883/2004 art. 68)", """
                        {"date": "2025-03-01", "children": ["DE"], "entitlements": [
                           {"state": "FR", "ground": "ACTIVITY", "monthlyAmount": 141.99},
                           {"state": "DE", "ground": "RESIDENCE", "monthlyAmount": 255.00}]}""")
                .post(HEALTHCARE, "hospital-stay-with-s2",
                        "A planned hospital stay in Austria with a PD S2: the host state's tariffs plus the French "
                                + "complement (demo tariff)",
                        "CJEU C-173/09 Elchinov, https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A62009CA0173",
                        """
                        {"residenceState": "FR", "treatmentState": "AT", "planned": true, "kind": "HOSPITAL_STAY",
                         "s2Authorised": true, "date": "2026-02-16", "actCode": "HOSP_DEMO_A", "quantity": 1,
                         "invoice": 2000.00, "hostStatutoryRefund": 1500.00}""")
                .post(HEALTHCARE, "dental-care-without-authorisation",
                        "Dental care in Germany needs no prior authorisation and is paid at the French tariff "
                                + "(Directive 2011/24/EU; demo tariff)",
                        "CJEU C-158/96 Kohll, https://eur-lex.europa.eu/legal-content/AUTO/?uri=CELEX%3A61996CJ0158",
                        """
                        {"residenceState": "FR", "treatmentState": "DE", "planned": true, "kind": "AMBULATORY",
                         "s2Authorised": false, "date": "2026-02-16", "actCode": "DENT_DEMO", "quantity": 2,
                         "invoice": 150.00}""")
                .post(UNEMPLOYMENT, "frontier-worker",
                        "A wholly unemployed frontier worker living in Belgium and working in the Netherlands is paid "
                                + "by Belgium even if he would rather claim in the Netherlands, which reimburse 5 months "
                                + "(amounts built for the example)",
                        "CJEU C-443/11 Jeltes, http://www.tress-network.org/TRESS/SOCIAL/NEWSLETTERS/june13/tress_2_P3.htm",
                        """
                        {"residenceState": "BE", "lastActivityState": "NL", "frontierWorker": true, "kind": "WHOLLY",
                         "choice": "LAST_ACTIVITY_STATE", "date": "2012-03-01",
                         "periods": [{"state": "NL", "start": "2009-01-01", "end": "2012-02-29"}],
                         "monthlyBenefitPaid": 1400.00, "monthlyBenefitLastState": 1600.00}""")
                .post(UNEMPLOYMENT, "seeking-work-in-spain",
                        "A jobseeker paid in France seeks work in Spain with a PD U2: 3 months, up to 6",
                        "Unédic, https://unedic.org/l-assurance-chomage-et-vous/demandeur-d-emploi-ou-salarie/"
                                + "mes-droits-en-fonction-de-mon-parcours/si-je-pars-a-l-etranger-pour-chercher-un-nouvel-"
                                + "emploi-est-ce-que-je-continuerai-a-percevoir-les-allocations-chomage", """
                        {"residenceState": "FR", "lastActivityState": "FR", "frontierWorker": false, "kind": "WHOLLY",
                         "date": "2026-01-05", "periods": [{"state": "FR", "start": "2023-01-01", "end": "2026-01-04"}],
                         "export": {"registeredFrom": "2026-01-05", "departure": "2026-02-16",
                                    "registeredInNewState": "2026-02-19", "destinationState": "ES",
                                    "extensionRequested": false}}""")
                .post(UNEMPLOYMENT, "back-before-the-end-of-the-u2-period",
                        "8 months granted, 2 drawn at home, 2 abroad, back in time: 4 months left (art. 64(2))",
                        "Your Europe, If you don't find work, https://europa.eu/youreurope/citizens/work/"
                                + "unemployment-and-benefits/cannot-find-work-abroad/index_en.htm", """
                        {"residenceState": "FR", "lastActivityState": "FR", "frontierWorker": false, "kind": "WHOLLY",
                         "date": "2026-01-05", "periods": [{"state": "FR", "start": "2022-01-01", "end": "2026-01-04"}],
                         "export": {"registeredFrom": "2026-01-05", "departure": "2026-03-05",
                                    "registeredInNewState": "2026-03-08", "destinationState": "ES",
                                    "extensionRequested": false, "entitlementMonths": 8, "monthsAlreadyDrawn": 2,
                                    "returned": "2026-05-05"}}""")
                .customizer();
    }
}
