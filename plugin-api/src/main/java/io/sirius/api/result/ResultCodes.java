package io.sirius.api.result;

import java.util.Locale;

/**
 * The generic codes and helpers for plugin result enums.
 */
public final class ResultCodes {
    /** The rule passed. */
    public static final ResultCode SUCCESS = new Generic(Severity.SUCCESS, "Success", "the rule passed");
    /** The rule does not apply. */
    public static final ResultCode NEUTRAL = new Generic(Severity.NEUTRAL, "Neutral", "the rule does not apply");
    /** A generic failure that carries no more detail. */
    public static final ResultCode FAILURE = new Generic(Severity.FAILURE, "Failure", "the rule failed");

    /**
     * {@code Failure_Aggregate_Ineligible_Cosigners}: an aggregate carries a cosignature nobody needs. The aggregate
     * plugin (and any plugin judging cosigners, such as multisig) returns a code with this value; the kernel's
     * partial transaction cache refuses a detached cosignature that leads to it.
     *
     * @since 1.1
     */
    public static final int AGGREGATE_INELIGIBLE_COSIGNERS = 0x80411001;
    /**
     * {@code Failure_Aggregate_Missing_Cosigners}: an aggregate lacks a cosignature it needs. In a block it is a
     * failure like any other; the kernel's partial transaction cache keeps a bonded aggregate failing only for this
     * reason, waiting for the missing cosignatures.
     *
     * @since 1.1
     */
    public static final int AGGREGATE_MISSING_COSIGNERS = 0x80411002;

    private ResultCodes() {
    }

    /**
     * @param severity the severity
     * @param facility the facility byte
     * @param code the code, 0 to 0xFFFF
     * @return the uint32 encoding
     */
    public static int encode(Severity severity, int facility, int code) {
        if (facility < 0 || facility > 0xFF || code < 0 || code > 0xFFFF) {
            throw new IllegalArgumentException("facility " + facility + " or code " + code + " out of range");
        }
        return severity.bits() << 30 | facility << 16 | code;
    }

    /**
     * Builds the Sirius status name of a result enum constant: {@code (FAILURE, "Transfer", MESSAGE_TOO_LARGE)}
     * gives {@code Failure_Transfer_Message_Too_Large}.
     *
     * @param severity the severity
     * @param family the family name as Sirius writes it, e.g. {@code Transfer} or {@code Core}
     * @param constant the enum constant's name in upper snake case
     * @return the status name
     */
    public static String statusName(Severity severity, String family, String constant) {
        StringBuilder out = new StringBuilder(severity.label()).append('_').append(family);
        for (String word : constant.split("_")) {
            if (!word.isEmpty()) {
                out.append('_').append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    private record Generic(Severity severity, String statusName, String reason) implements ResultCode {
        @Override
        public int facility() {
            return 0;
        }

        @Override
        public int code() {
            return 0;
        }
    }
}
