package io.sirius.plugin.multisig.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.result.Severity;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.multisig.model.ModifyMultisigTopLevelNotification;

/**
 * A Modify_Multisig_Account is accepted only inside an aggregate. Sirius's plugin for the type does not support top
 * level, so Sirius refuses such a transaction as malformed bytes; this refuses it with that same code,
 * {@code Failure_Consumer_Malformed} (0x80FE0002), which is the kernel's, not this family's (it is not among the
 * family's declared results). To be replaced by the kernel's own refusal once the API lets a descriptor say "embedded
 * only".
 */
public final class ModifyMultisigEmbeddedOnlyValidator implements StatelessValidator<ModifyMultisigTopLevelNotification> {
    /** Sirius's {@code Failure_Consumer_Malformed}. */
    static final ResultCode CONSUMER_MALFORMED = new ConsumerMalformed();

    @Override
    public Class<ModifyMultisigTopLevelNotification> notificationType() {
        return ModifyMultisigTopLevelNotification.class;
    }

    @Override
    public ResultCode validate(ModifyMultisigTopLevelNotification notification, ValidationContext context) {
        return CONSUMER_MALFORMED;
    }

    /** The code Sirius gives bytes it cannot accept as an entity. */
    private static final class ConsumerMalformed implements ResultCode {
        @Override
        public Severity severity() {
            return Severity.FAILURE;
        }

        @Override
        public int facility() {
            return 0xFE;
        }

        @Override
        public int code() {
            return 0x0002;
        }

        @Override
        public String statusName() {
            return ResultCodes.statusName(severity(), "Consumer", "MALFORMED");
        }

        @Override
        public String reason() {
            return "a Modify_Multisig_Account is accepted only inside an aggregate";
        }

        @Override
        public String toString() {
            return statusName();
        }
    }
}
