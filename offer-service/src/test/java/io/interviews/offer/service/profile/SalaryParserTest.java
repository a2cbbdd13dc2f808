package io.interviews.offer.service.profile;

import io.interviews.offer.service.profile.SalaryFigure.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SalaryParserTest {

    @ParameterizedTest(name = "\"{0}\" → {1}–{2} {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "25K                      | 25000  | 25000  | null | UNSPECIFIED",
            "35K-45K                  | 35000  | 45000  | null | UNSPECIFIED",
            "35K–45K                  | 35000  | 45000  | null | UNSPECIFIED",
            "35-45k                   | 35000  | 45000  | null | UNSPECIFIED",
            "35k to 45k               | 35000  | 45000  | null | UNSPECIFIED",
            "£55,000                  | 55000  | 55000  | GBP  | UNSPECIFIED",
            "55,000 GBP               | 55000  | 55000  | GBP  | UNSPECIFIED",
            "£65,000–£70,000          | 65000  | 70000  | GBP  | UNSPECIFIED",
            "$120k                    | 120000 | 120000 | USD  | UNSPECIFIED",
            "€60,000 per year         | 60000  | 60000  | EUR  | ANNUAL",
            "£4,500 per month         | 4500   | 4500   | GBP  | MONTHLY",
            "年薪40万                  | 400000 | 400000 | null | ANNUAL",
            "月薪2.5万                 | 25000  | 25000  | null | MONTHLY",
            "30-35万                   | 300000 | 350000 | null | UNSPECIFIED",
            "2万到3万                  | 20000  | 30000  | null | UNSPECIFIED",
            "目前月薪25K               | 25000  | 25000  | null | MONTHLY",
            "税前每月18000元            | 18000  | 18000  | CNY  | MONTHLY",
            "30万元/年                 | 300000 | 300000 | CNY  | ANNUAL",
            "1.2m                     | 1200000 | 1200000 | null | UNSPECIFIED"})
    void parsesTheFormsCandidatesUse(String text, long low, long high, String currency, Period period) {
        List<SalaryParser.Found> found = SalaryParser.findAll(text, false);

        assertEquals(1, found.size(), () -> "found " + found);
        assertEquals(new SalaryFigure(low, high, currency, period), found.get(0).figure());
    }

    @Test
    void numbersWithoutCurrencyOrMultiplierAreNotSalariesOutsideATextAboutPay() {
        assertEquals(List.of(), SalaryParser.findAll("我有3年经验，带过5个人，系统扛住了10倍流量，2023年上线", false));
        assertEquals(List.of(), SalaryParser.findAll("We served 3 regions with 12 services in 2023", false));
    }

    @Test
    void bareAmountsCountInATextAboutPayButYearsDoNot() {
        List<SalaryParser.Found> found = SalaryParser.findAll("2023年加薪后拿到18000，希望到22000", true);

        assertEquals(List.of(new SalaryFigure(18000, 18000, null, Period.UNSPECIFIED),
                new SalaryFigure(22000, 22000, null, Period.UNSPECIFIED)),
                found.stream().map(SalaryParser.Found::figure).toList());
    }

    @Test
    void annualAmountsFollowTheStatedPeriodAndCurrency() {
        assertEquals(OptionalLong.of(480000),
                new SalaryFigure(35000, 45000, null, Period.MONTHLY).annualMidpointIn("CNY"));
        // a CNY figure without a period below 100,000 is monthly, as Chinese salaries are quoted
        assertEquals(OptionalLong.of(300000), new SalaryFigure(25000, 25000, null, Period.UNSPECIFIED)
                .annualMidpointIn("CNY"));
        assertEquals(OptionalLong.of(325000), new SalaryFigure(300000, 350000, null, Period.UNSPECIFIED)
                .annualMidpointIn("CNY"));
        assertEquals(OptionalLong.of(40000), new SalaryFigure(35000, 45000, null, Period.UNSPECIFIED)
                .annualMidpointIn("GBP"));
        assertEquals(OptionalLong.empty(), new SalaryFigure(55000, 55000, "GBP", Period.ANNUAL)
                .annualMidpointIn("EUR"));
    }
}
