package org.liaison.exchange.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseOpening;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.identity.Role;
import org.liaison.shared.web.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A liaison officer signs in and walks the exchange case pages in French and English (inbox, search, a case, the
 * SED form generated from its schema, a new case), then sends a form with a wrong date: every page is free of
 * console errors and of serious axe-core violations, and the error summary links to the field.
 */
class CaseBrowserTests extends BrowserTest {

    @Autowired
    ExchangeCases cases;

    @Test
    void anOfficerFindsTheCasePagesAccessibleInBothLanguages() {
        ExchangeCase c = cases.open(new CaseOpening("LA_BUC_01", null, "FR:CLEISS", "DE:DVKA", "A001", A001, List.of()),
                CaseAccess.everything("browser-test"));
        signInAs(Role.LIAISON_OFFICER);

        for (String language : new String[] {"fr", "en"}) {
            for (String path : new String[] {"/exchange/inbox?", "/exchange/cases?", "/exchange/cases/" + c.id() + "?",
                    "/exchange/cases/" + c.id() + "/compose?sed=A005&", "/exchange/cases/new?buc=LA_BUC_04&sed=A009&"}) {
                open(path + "lang=" + language);
                checkPage(language);
            }
        }
        open("/exchange/cases/" + c.id() + "/compose?sed=A005&lang=en");
        browser.driver.findElement(By.id("f-person-familyName")).sendKeys("Martin");
        clickAndWaitForNextPage(By.id("send"));
        assertThat(browser.driver.findElement(By.id("error-summary")).getText()).contains("problem");
        checkPage("en");
    }

    /**
     * A P5000 (insurance/residence periods, Reg. 987/2009 art. 12(1)) with two forenames and two periods, as the FSIO's
     * rendering of the SED allows: https://sozialversicherungen.admin.ch/de/d/15960/download. The source gives no
     * figures: the periods follow its fields with numbers built for the test.
     */
    @Test
    void anOfficerComposesAP5000WithTwoPeriodsUsingTheAddButtons() {
        ExchangeCase c = cases.open(new CaseOpening("P_BUC_01", null, "FR:CNAV", "DE:DRVBUND", "P2000", P2000, List.of()),
                CaseAccess.everything("browser-test"));
        signInAs(Role.LIAISON_OFFICER);

        open("/exchange/cases/" + c.id() + "/compose?sed=P5000&lang=fr");
        checkPage("fr");
        type("f-person-familyName", "Martin");
        type("f-person-givenNames-0", "Claire");
        clickAndWaitForNextPage(By.id("f-person-givenNames-add"));
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("f-person-givenNames-1");
        type("f-person-givenNames-1", "Anne");
        date("f-person-birthDate", "1961-12-04");
        choose("f-person-sex", "F");
        period(0, "EMPLOYMENT", "1990-09-01", "2004-06-30", "QUARTERS", "55");
        clickAndWaitForNextPage(By.id("f-pension-periods-add"));
        assertThat(browser.driver.findElement(By.id("f-person-givenNames-1")).getAttribute("value")).isEqualTo("Anne");
        assertThat(browser.driver.findElement(By.id("f-pension-periods-0-quantity")).getAttribute("value")).isEqualTo("55");
        period(1, "RESIDENCE", "2004-07-01", "2004-06-30", "MONTHS", "78");
        checkPage("fr");

        clickAndWaitForNextPage(By.id("send"));
        assertThat(browser.driver.findElement(By.cssSelector("#error-summary a[href='#f-pension-periods-1-end']"))
                .isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.id("f-pension-periods-1-end-messages")).getText()).isNotBlank();
        assertThat(browser.driver.findElement(By.id("f-pension-periods-1-end")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver.findElements(By.cssSelector("#f-pension-periods-0 .fr-message--error"))).isEmpty();
        checkPage("fr");
        date("f-pension-periods-1-end", "2010-12-31");
        clickAndWaitForNextPage(By.id("send"));

        ExchangeCase sent = cases.find(c.id(), CaseAccess.everything("browser-test"));
        assertThat(sent.seds()).hasSize(2);
        JsonNode p5000 = JsonMapper.builder().build().readTree(cases.content(c.id(), sent.seds().get(1).id(),
                CaseAccess.everything("browser-test")));
        assertThat(p5000.path("person").path("givenNames")).extracting(JsonNode::asString).containsExactly("Claire", "Anne");
        assertThat(p5000.path("pension").path("periods")).extracting(p -> p.path("end").asString())
                .containsExactly("2004-06-30", "2010-12-31");
        assertThat(p5000.path("pension").path("periods").get(1).path("quantity").isNumber()).isTrue();

        open("/exchange/cases/" + c.id() + "/compose?sed=P5000&lang=en");
        clickAndWaitForNextPage(By.id("f-pension-periods-add"));
        assertThat(browser.driver.findElements(By.cssSelector("button[name=remove]"))).hasSize(2);
        checkPage("en");
        clickAndWaitForNextPage(By.id("f-pension-periods-1-remove"));
        assertThat(browser.driver.findElements(By.cssSelector("button[name=remove]"))).isEmpty();
        clickAndWaitForNextPage(By.id("send"));
        assertThat(browser.driver.findElement(By.cssSelector("#error-summary a[href='#f-person-familyName']")).isDisplayed())
                .isTrue();
        checkPage("en");
    }

    private void period(int index, String kind, String start, String end, String unit, String quantity) {
        String id = "f-pension-periods-" + index + "-";
        choose(id + "type", kind);
        date(id + "start", start);
        date(id + "end", end);
        choose(id + "unit", unit);
        type(id + "quantity", quantity);
    }

    private void type(String id, String text) {
        browser.driver.findElement(By.id(id)).clear();
        browser.driver.findElement(By.id(id)).sendKeys(text);
    }

    /** Sets a date input's value as its picker would: typing depends on the browser's locale, the value does not. */
    private void date(String id, String isoDate) {
        browser.driver.executeScript("arguments[0].value = arguments[1]", browser.driver.findElement(By.id(id)), isoDate);
    }

    private void choose(String id, String value) {
        new Select(browser.driver.findElement(By.id(id))).selectByValue(value);
    }


    /** The catalogue's valid A001 (exception request, Reg. 883/2004 art. 16), as the SED opening the case. */
    private static final String A001 = read("exchange/seds/4.3/A001.valid.json");

    /** The catalogue's valid P2000 (old-age pension claim), opening the P_BUC_01 case the P5000 is composed in. */
    private static final String P2000 = read("exchange/seds/4.3/P2000.valid.json");

    private static String read(String path) {
        try (var in = CaseBrowserTests.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
