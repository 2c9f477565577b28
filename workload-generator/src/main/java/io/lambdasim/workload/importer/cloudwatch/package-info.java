/**
 * Importers of AWS/Lambda CloudWatch metrics: {@code aws cloudwatch get-metric-data} and
 * {@code get-metric-statistics} JSON output, and the console's "Download as CSV". Each produces one
 * {@link io.lambdasim.workload.trace.IntervalAggregate} per function per interval; several files (pages, one file per
 * metric) are combined through a {@link io.lambdasim.workload.importer.cloudwatch.MetricTable}
 * ({@link io.lambdasim.workload.importer.cloudwatch.CloudWatchImporter#readAll},
 * {@link io.lambdasim.workload.importer.cloudwatch.CloudWatchImport#readAll}). What is accepted is documented in
 * {@code docs/import-cloudwatch.md}.
 */
package io.lambdasim.workload.importer.cloudwatch;
