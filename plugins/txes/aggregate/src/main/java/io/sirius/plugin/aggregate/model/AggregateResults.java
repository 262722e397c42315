package io.sirius.plugin.aggregate.model;

import io.sirius.api.result.FamilyFailure;
import io.sirius.api.result.ResultCodes;

/**
 * Every result code of the aggregate family (facility 0x41), named and numbered as Sirius's {@code Results.h}. Exported
 * because plugins judging an aggregate's cosigners (multisig) answer with {@link #INELIGIBLE_COSIGNERS} and
 * {@link #MISSING_COSIGNERS}, as Sirius's multisig plugin answers with the aggregate plugin's codes.
 * {@link #INELIGIBLE_COSIGNERS} and {@link #MISSING_COSIGNERS} have the values the kernel's partial transaction cache
 * recognises ({@link ResultCodes#AGGREGATE_INELIGIBLE_COSIGNERS}, {@link ResultCodes#AGGREGATE_MISSING_COSIGNERS}).
 */
public enum AggregateResults implements FamilyFailure {
    /** The aggregate carries more embedded transactions than allowed. */
    TOO_MANY_TRANSACTIONS(0x0001, "the aggregate carries more than maxTransactionsPerAggregate transactions"),
    /** The aggregate carries no embedded transaction. */
    NO_TRANSACTIONS(0x0002, "the aggregate carries no transaction"),
    /** The aggregate carries more signatures than allowed. */
    TOO_MANY_COSIGNATURES(0x0003, "the aggregate's signer and cosigners are more than maxCosignaturesPerAggregate"),
    /** An account cosigns twice, or the signer cosigns. */
    REDUNDANT_COSIGNATURES(0x0004, "an account signs the aggregate more than once"),
    /** The plugin's config section cannot be parsed. */
    PLUGIN_CONFIG_MALFORMED(0x0005, "the aggregate plugin's config section is malformed"),
    /** A bonded aggregate while the network does not accept them. */
    BONDED_NOT_ENABLED(0x0006, "bonded aggregates are not enabled (enableBondedAggregateSupport)"),
    /** A cosigner no embedded transaction needs. */
    INELIGIBLE_COSIGNERS(0x1001, "an account signs the aggregate that none of its transactions needs"),
    /** An account an embedded transaction needs has not signed. */
    MISSING_COSIGNERS(0x1002, "an account one of the aggregate's transactions needs has not signed it");

    private final Definition definition;

    AggregateResults(int code, String reason) {
        definition = new Definition(AggregateTypes.FACILITY, "Aggregate", code, name(), reason);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
