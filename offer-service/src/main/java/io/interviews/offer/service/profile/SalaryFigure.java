package io.interviews.offer.service.profile;

import java.util.OptionalLong;

/**
 * A salary as a candidate stated it: one amount ({@code low == high}) or a range, in whole currency units, with
 * the currency (ISO code, null when unstated) and the period the candidate named.
 */
public record SalaryFigure(long low, long high, String currency, Period period) {

    /** Below this a CNY figure without a period is a monthly one: Chinese salaries are quoted monthly. */
    static final long CNY_MONTHLY_BELOW = 100_000;

    public enum Period {
        MONTHLY,
        ANNUAL,
        UNSPECIFIED
    }

    public SalaryFigure {
        if (low <= 0 || high < low) {
            throw new IllegalArgumentException("salary range " + low + "–" + high);
        }
    }

    public long midpoint() {
        return (low + high) / 2;
    }

    /**
     * The figure's midpoint as an annual amount in {@code offerCurrency}: an unstated currency is taken to be the
     * offer's, a monthly figure counts twelve times, and a figure without a period is annual except a CNY one below
     * {@value #CNY_MONTHLY_BELOW}. Empty when the currencies differ (no exchange rates are guessed).
     */
    public OptionalLong annualMidpointIn(String offerCurrency) {
        String effectiveCurrency = currency == null ? offerCurrency : currency;
        if (!effectiveCurrency.equalsIgnoreCase(offerCurrency)) {
            return OptionalLong.empty();
        }
        boolean monthly = period == Period.MONTHLY
                || period == Period.UNSPECIFIED && "CNY".equals(effectiveCurrency) && midpoint() < CNY_MONTHLY_BELOW;
        return OptionalLong.of(monthly ? midpoint() * 12 : midpoint());
    }

    SalaryFigure withCurrencyAndPeriod(String newCurrency, Period newPeriod) {
        return new SalaryFigure(low, high, newCurrency, newPeriod);
    }
}
