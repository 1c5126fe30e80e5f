/**
 * What pages and other features call to read the master of municipalities (open to everyone) and to import it from
 * a public list (administrators only).
 */
package jp.tokyo23city.portal.municipality.boundary;
