package io.sirius.api.result;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A validation result. Plugins implement it with one enum per family; the kernel reports the
 * {@link #value()} to clients and the {@link #statusName()} in {@code /transactionStatus}.
 */
@ConsumerType
public interface ResultCode {

    /** @return success, neutral or failure */
    Severity severity();

    /** @return the facility byte of the plugin that owns the code (0 for the generic success/neutral codes) */
    int facility();

    /** @return the code within the facility, 0 to 0xFFFF */
    int code();

    /**
     * @return the status name clients see, in Sirius's form, e.g. {@code Failure_Transfer_Message_Too_Large}
     */
    String statusName();

    /** @return one line saying what the result means */
    String reason();

    /** @return the uint32 as Sirius encodes it (flags are always 0 here) */
    default int value() {
        return ResultCodes.encode(severity(), facility(), code());
    }

    /** @return whether the rule passed */
    default boolean isSuccess() {
        return severity() == Severity.SUCCESS;
    }

    /** @return whether the rule failed */
    default boolean isFailure() {
        return severity() == Severity.FAILURE;
    }
}
