package org.liaison.coordination.benefits;

/**
 * Whether a French benefit may be paid to a person residing in another state on a date, under which instrument and
 * article (Reg. 883/2004 art. 7, 64, 67, 70 and Annex X; the bilateral conventions; French law alone), with every
 * dated parameter read from the agreements registry. A pure function of the question.
 */
public interface BenefitExport {

    ExportDecision decide(ExportQuestion question);
}
