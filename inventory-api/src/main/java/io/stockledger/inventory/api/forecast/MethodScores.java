package io.stockledger.inventory.api.forecast;

import io.stockledger.inventory.query.forecast.DailyForecast;
import io.stockledger.inventory.query.forecast.Forecast;

import java.util.ArrayList;
import java.util.List;

/** The accuracy of one forecast method over the SKUs of an evaluation; filled as SKUs are scored. */
final class MethodScores {

    private final String method;
    private final List<Double> mase = new ArrayList<>();
    private final List<Double> rmsse = new ArrayList<>();
    private long coveredDays;
    private long days;
    private double forecastUnits;
    private double actualUnits;

    /** @param method the method's name, as reported in the table */
    MethodScores(String method) {
        this.method = method;
    }

    /**
     * @param skuMase  the SKU's MASE
     * @param skuRmsse the SKU's RMSSE
     * @param forecast the SKU's forecast of the hold-out days
     * @param actual   the SKU's demand on the hold-out days, in units
     */
    void add(double skuMase, double skuRmsse, Forecast forecast, double[] actual) {
        mase.add(skuMase);
        rmsse.add(skuRmsse);
        for (int h = 0; h < actual.length; h++) {
            DailyForecast day = forecast.days().get(h);
            if (actual[h] >= day.lower() && actual[h] <= day.upper()) {
                coveredDays++;
            }
            forecastUnits += day.demand();
            actualUnits += actual[h];
        }
        days += actual.length;
    }

    /** @return the method's name */
    String method() {
        return method;
    }

    /** @return the number of SKUs scored */
    int count() {
        return mase.size();
    }

    /** @return the mean MASE over the SKUs, NaN when none */
    double meanMase() {
        return mase.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** @return the median MASE over the SKUs, NaN when none */
    double medianMase() {
        double[] sorted = mase.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** @return the mean RMSSE over the SKUs, NaN when none */
    double meanRmsse() {
        return rmsse.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** @return the units forecast over the hold-out days of all SKUs / the units demanded: 1 is unbiased */
    double forecastToActual() {
        return forecastUnits / actualUnits;
    }

    /** @return the share of SKU-days within the prediction interval, NaN when none */
    double coverage() {
        return days == 0 ? Double.NaN : (double) coveredDays / days;
    }

    /**
     * @param other the scores of another method over the same SKUs, in the same order
     * @return how many SKUs this method forecast with a lower MASE than the other
     */
    int winsAgainst(MethodScores other) {
        int wins = 0;
        for (int i = 0; i < Math.min(mase.size(), other.mase.size()); i++) {
            if (mase.get(i) < other.mase.get(i)) {
                wins++;
            }
        }
        return wins;
    }
}
