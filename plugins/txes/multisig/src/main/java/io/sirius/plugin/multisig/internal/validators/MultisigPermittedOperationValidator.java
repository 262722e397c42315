package io.sirius.plugin.multisig.internal.validators;

import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.multisig.state.MultisigEntry;

/**
 * A multisig account (one with cosignatories) may not sign a transaction itself; its cosignatories act for it inside
 * aggregates. The kernel publishes the notification for top-level transactions only, so the account may still be the
 * signer of an embedded transaction.
 */
public final class MultisigPermittedOperationValidator implements StatefulValidator<TransactionNotification> {

    @Override
    public Class<TransactionNotification> notificationType() {
        return TransactionNotification.class;
    }

    @Override
    public ResultCode validate(TransactionNotification notification, StatefulValidationContext context) {
        boolean multisig = MultisigGraph.of(context.state()).entry(notification.signer())
                .map(MultisigEntry::isMultisig).orElse(false);
        return multisig ? MultisigResults.OPERATION_NOT_PERMITTED_BY_ACCOUNT : ResultCodes.SUCCESS;
    }
}
