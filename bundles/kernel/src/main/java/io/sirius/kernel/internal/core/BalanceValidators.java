package io.sirius.kernel.internal.core;

import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceAddressCreditNotification;
import io.sirius.api.notification.BalanceDebitNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import java.util.Optional;

/**
 * The sender must hold the amount it sends or is debited (after resolving mosaic aliases).
 */
public final class BalanceValidators {

    private BalanceValidators() {
    }

    static ResultCode check(PublicKey sender, UnresolvedMosaicId unresolved, Amount amount, StatefulValidationContext context) {
        if (amount.value() == 0) {
            return ResultCodes.SUCCESS;
        }
        Optional<MosaicId> mosaic = context.resolvers().resolve(unresolved);
        if (mosaic.isEmpty()) {
            return CoreResults.INSUFFICIENT_BALANCE;
        }
        Address address = ((KernelContext) context).addressOf(sender);
        long held = Accounts.find(context.state(), address).map(a -> a.balance(mosaic.get()).value()).orElse(0L);
        return Long.compareUnsigned(held, amount.value()) >= 0 ? ResultCodes.SUCCESS : CoreResults.INSUFFICIENT_BALANCE;
    }

    /** A transfer's recipient resolves (an alias must stand for an address) and its sender holds the amount. */
    public static final class Transfer implements StatefulValidator<BalanceTransferNotification> {
        @Override
        public Class<BalanceTransferNotification> notificationType() {
            return BalanceTransferNotification.class;
        }

        @Override
        public ResultCode validate(BalanceTransferNotification n, StatefulValidationContext context) {
            if (context.resolvers().resolve(n.recipient()).isEmpty()) {
                return CoreResults.INVALID_ADDRESS;
            }
            return check(n.sender(), n.mosaicId(), n.amount(), context);
        }

        @Override
        public String name() {
            return "BalanceTransferValidator";
        }
    }

    /** A debit's account holds the amount. */
    public static final class Debit implements StatefulValidator<BalanceDebitNotification> {
        @Override
        public Class<BalanceDebitNotification> notificationType() {
            return BalanceDebitNotification.class;
        }

        @Override
        public ResultCode validate(BalanceDebitNotification n, StatefulValidationContext context) {
            return check(n.sender(), n.mosaicId(), n.amount(), context);
        }

        @Override
        public String name() {
            return "BalanceDebitValidator";
        }
    }

    /** A credit by address names an account and a mosaic that resolve. */
    public static final class AddressCredit implements StatefulValidator<BalanceAddressCreditNotification> {
        @Override
        public Class<BalanceAddressCreditNotification> notificationType() {
            return BalanceAddressCreditNotification.class;
        }

        @Override
        public ResultCode validate(BalanceAddressCreditNotification n, StatefulValidationContext context) {
            if (context.resolvers().resolve(n.recipient()).isEmpty()) {
                return CoreResults.INVALID_ADDRESS;
            }
            return context.resolvers().resolve(n.mosaicId()).isPresent() ? ResultCodes.SUCCESS : ResultCodes.FAILURE;
        }

        @Override
        public String name() {
            return "BalanceAddressCreditValidator";
        }
    }
}
