/**
 * The multisig family's validators, one rule each, named after Sirius's, and its result codes
 * ({@link io.sirius.plugin.multisig.internal.validators.MultisigResults}).
 *
 * <p>{@code MultisigAggregateEligibleCosignersValidator} and {@code MultisigAggregateSufficientCosignersValidator}
 * judge every aggregate's cosigners over the multisig graph and answer with the aggregate family's
 * {@code Failure_Aggregate_Ineligible_Cosigners} and {@code Failure_Aggregate_Missing_Cosigners}, as Sirius's do; while
 * this plugin is enabled the aggregate plugin leaves those rules to them. Sirius's {@code MultisigPluginConfigValidator}
 * has no class here: the kernel checks a proposed network config with the section's own parser.
 */
package io.sirius.plugin.multisig.internal.validators;
