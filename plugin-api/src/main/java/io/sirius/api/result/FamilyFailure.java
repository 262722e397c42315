package io.sirius.api.result;

import java.util.Objects;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin family's failure codes, written as an enum whose constants each hold one {@link Definition}: the enum
 * keeps its identity (validators return its constants, tests compare them) and states only what differs per constant.
 *
 * <pre>{@code
 * public enum TransferResults implements FamilyFailure {
 *     MESSAGE_TOO_LARGE(6, "the message is larger than maxMessageSize");
 *
 *     private final Definition definition;
 *
 *     TransferResults(int code, String reason) {
 *         definition = new Definition(TransferTypes.FACILITY, "Transfer", code, name(), reason);
 *     }
 *
 *     public Definition definition() {
 *         return definition;
 *     }
 * }
 * }</pre>
 *
 * @since 1.2
 */
@ConsumerType
public interface FamilyFailure extends ResultCode {

    /** @return what this constant means */
    Definition definition();

    @Override
    default Severity severity() {
        return Severity.FAILURE;
    }

    @Override
    default int facility() {
        return definition().facility();
    }

    @Override
    default int code() {
        return definition().code();
    }

    @Override
    default String statusName() {
        return definition().statusName();
    }

    @Override
    default String reason() {
        return definition().reason();
    }

    /**
     * One failure code of a family.
     *
     * @param facility the family's facility byte
     * @param code the code within the facility, as Sirius numbers it
     * @param statusName the status name clients see, e.g. {@code Failure_Transfer_Message_Too_Large}
     * @param reason one line saying what the failure means
     */
    record Definition(int facility, int code, String statusName, String reason) {
        /** Checks the arguments. */
        public Definition {
            if (facility < 0 || facility > 0xFF) {
                throw new IllegalArgumentException("a facility is one byte, not " + facility);
            }
            if (code < 0 || code > 0xFFFF) {
                throw new IllegalArgumentException("a code is 0 to 0xFFFF, not " + code);
            }
            Objects.requireNonNull(statusName, "statusName");
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * A code whose status name is the family's name followed by the constant's words, as Sirius writes most of
         * them ({@code MESSAGE_TOO_LARGE} of {@code Transfer} is {@code Failure_Transfer_Message_Too_Large}).
         *
         * @param facility the family's facility byte
         * @param family the family name as Sirius writes it, e.g. {@code Transfer}
         * @param code the code within the facility
         * @param constant the enum constant's name in upper snake case
         * @param reason one line saying what the failure means
         */
        public Definition(int facility, String family, int code, String constant, String reason) {
            this(facility, code, ResultCodes.statusName(Severity.FAILURE, family, constant), reason);
        }
    }
}
