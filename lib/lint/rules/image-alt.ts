import { bodyOutline } from '../body-outline';
import type { Rule } from '../types';

export const imageAlt: Rule = {
  id: 'image-alt',
  severity: 'error',
  message: 'Every image has alt text that says what it shows.',
  docs: 'Alt text is the image for readers who cannot see it: `![Timeline of the two SRI failures, 72 ms apart](…)`, not `![](…)` or `![image](…)`.',
  checkCase(caseStudy, report) {
    for (const image of bodyOutline(caseStudy.tree).images) {
      const alt = image.alt.trim();
      if (!alt) {
        report(image, 'image has no alt text; describe what it shows in ![…]');
      } else if (/^(?:image|picture|photo|figure|diagram|screenshot|img)\d*$/i.test(alt)) {
        report(image, `image alt text "${alt}" says nothing about it; describe what it shows`);
      }
    }
  },
};
