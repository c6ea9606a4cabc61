/**
 * Holds Stowage's Flyway SQL migrations as resources; the package exists so that the module can open
 * it to Flyway, which finds the scripts by scanning this package.
 */
package db.migration;
