/** The hash lock family's rules, one class per Sirius validator, and its result codes. */
package io.sirius.plugin.lockhash.internal.validators;
