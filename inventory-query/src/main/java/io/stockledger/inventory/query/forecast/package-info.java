/**
 * Demand forecasting for stock items: daily demand series, forecast methods for smooth and intermittent
 * demand and two baselines, the method selection by demand category, prediction intervals, reorder
 * suggestions and accuracy measures. Plain Java, no Spring and no database, so that the methods can be
 * tested on synthetic series and evaluated offline; docs/forecasting.md explains the choices and the
 * evaluation.
 */
package io.stockledger.inventory.query.forecast;
