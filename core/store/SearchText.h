#pragma once

#include "payments/Customer.h"
#include "payments/Payment.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace paydesk {

/**
 * What the search box matches (internal to core/store): the words of the customer name,
 * email, phone, reference number, card last 4 and the provider's own reference for people
 * (Payment Assist's pa_ref, when it is not the reference number), as stored in payments.search_text and
 * indexed by FTS5 (unicode61: case- and accent-insensitive, punctuation separates words).
 */
class SearchText
{
public:
    /// The indexed text of a payment.
    static QString forPayment(const Payment& payment);
    static QString forFields(const Customer& customer, const QString& referenceNumber,
                             const QString& cardLast4, const QString& providerReference = {});

    /**
     * An FTS5 MATCH expression for what a person typed: every word must match as a prefix.
     * Text made only of digits and phone punctuation ("+44 7700 900123", "07700-900") is one
     * number, also tried without a trunk zero. Empty when there is nothing to search for.
     */
    static QString matchExpression(const QString& userText);

    /**
     * The same search as matchExpression() without the FTS index, for while it is being built
     * (PaymentStore::isIndexing()): a condition on payments.search_text that every word starts a
     * word of it (LIKE, so ASCII letters ignore case as FTS does, but an accent must be typed as
     * stored). Its values are appended to `binds`. Empty when there is nothing to search for.
     */
    static QString scanCondition(const QString& userText, QVariantList& binds);

    /// Payments of `currencies` whose amount is `minor` units.
    struct Amount
    {
        qint64 minor = 0;
        QStringList currencies;
    };

    /**
     * What a person typed read as an amount in `locale` ("862", "862.00", "£862", "1,534" in
     * en_GB; "862,00", "1.534,00 €" in de_DE), one entry per distinct value in minor units with
     * the currencies it applies to: "862" is 86200 in GBP, EUR… and 862 in JPY. A currency symbol
     * or ISO code before or after the number keeps only its currencies. Group separators must
     * group by three. Empty when the text is not a positive amount.
     */
    static QList<Amount> amounts(const QString& userText, const QLocale& locale);

    /**
     * The search of matchExpression() and amounts() checked on one row, without the FTS index:
     * its words against the words of the row's search_text as the index's tokenizer (unicode61,
     * remove_diacritics 2) splits and folds them (runs of letters and digits; case and accents
     * ignored), or its amounts against the row's amount. The planner uses it to walk the sort's
     * index for the first page of a search whose words are so short that nearly every row
     * matches ("r", "10"): reading all their matches from the FTS index costs more than the walk.
     */
    class RowMatcher
    {
    public:
        RowMatcher(const QString& userText, const QLocale& locale);
        /// The same with the text already read as amounts (SearchText::amounts()).
        RowMatcher(const QString& userText, QList<Amount> amounts);

        /// The length of its longest word (0 when it has none).
        qsizetype longestWord() const;
        /**
         * An FTS expression of its words longer than `length` when it also has shorter ones,
         * every word must match, and it is not an amount: the index then reads only those, and
         * matches() checks each row it gives for the rest. Empty otherwise.
         */
        QString longerWordsMatch(qsizetype length) const;
        bool matches(const QString& searchText, qint64 amountMinor, const QString& currency) const;

        /// Lower case without accents ("Müller" → "muller"), as the index folds a word.
        static QString fold(const QString& text);

    private:
        QStringList m_words;
        bool m_anyWord = false; // a phone number's forms: any of them; else every word
        QList<Amount> m_amounts;
    };
};

} // namespace paydesk
