/**
 * The aggregate family's validators and its result codes ({@link io.sirius.plugin.aggregate.model.AggregateResults}).
 *
 * <p>Sirius's three: {@code BasicAggregateCosignaturesValidator}, {@code StrictAggregateCosignaturesValidator},
 * {@code AggregateTransactionTypeValidator}. Two more apply, for plain accounts, the cosigner rules Sirius leaves to
 * the multisig plugin, and only while that plugin is not enabled ({@code AggregateEligibleCosignersValidator},
 * {@code AggregateSufficientCosignersValidator}; see {@code MultisigPresence}). Sirius's
 * {@code AggregatePluginConfigValidator} has no class here: the kernel checks a proposed network config with the
 * section's own parser.
 */
package io.sirius.plugin.aggregate.internal.validators;
