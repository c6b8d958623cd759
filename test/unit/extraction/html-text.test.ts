import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../shared/extraction/html-text';
import { segment } from '../../../shared/extraction/segment';

describe('htmlToText', () => {
  it('drops the head, scripts, styles and comments, keeping the visible text', () => {
    const html =
      '<!DOCTYPE html><html><head><title>Acme</title><style>p { color: red }</style></head>' +
      '<body><script>var x = "<p>hidden</p>";</script><p>We store data in Germany.</p><!-- <p>old text</p> -->' +
      '<noscript>Enable JavaScript</noscript></body></html>';
    expect(htmlToText(html)).toBe('We store data in Germany.');
  });

  it('puts block elements on lines of their own and collapses whitespace inside them', () => {
    const html = '<h1>Privacy\n   Policy</h1><div>First   block</div><p>Second <b>bold</b>\n text<br>next line</p>';
    expect(htmlToText(html)).toBe('Privacy Policy\n\nFirst block\n\nSecond bold text\nnext line');
  });

  it('turns list items into bullet lines, also when their text sits in a nested paragraph', () => {
    const html = '<p>We use:</p><ul><li>AWS</li><li><p>Stripe</p></li><li></li><li>Twilio <i>(SMS)</i></li></ul>';
    expect(htmlToText(html)).toBe('We use:\n\n• AWS\n• Stripe\n• Twilio (SMS)');
  });

  it('keeps table rows on adjacent lines with cells separated by tabs', () => {
    const html = '<table><tr><th>Name</th><th>Country</th></tr><tr><td>AWS</td><td>United States</td></tr></table>';
    expect(htmlToText(html)).toBe('Name\tCountry\nAWS\tUnited States');
  });

  it('decodes named, decimal and hexadecimal entities', () => {
    expect(htmlToText('<p>R&amp;D &ndash; &#8220;we&#8221; &#x2019;s &copy; &eacute;t&eacute; &nbsp;x&nbsp;y &unknown; &#0;</p>')).toBe(
      'R&D – “we” ’s © été x y &unknown; \ufffd',
    );
    expect(decodeEntities('&lt;p&gt; &#128512; &#x1F600; &#xD800;')).toBe('<p> 😀 😀 \ufffd');
  });

  it('shows the address of a mailto link whose text does not say it', () => {
    const html = '<p>Write to <a href="mailto:privacy@acme.com">our privacy team</a> or <a href="mailto:dpo@acme.com">dpo@acme.com</a>.</p>';
    expect(htmlToText(html)).toBe('Write to our privacy team (privacy@acme.com) or dpo@acme.com.');
  });

  it('gives text that segments into headings, sentences and items', () => {
    const html = '<h2>Sub-processors</h2><p>We use the following sub-processors.</p><ul><li>AWS (hosting)</li><li>Stripe</li></ul>';
    const { sentences } = segment(htmlToText(html));
    expect(sentences.map((sentence) => [sentence.heading, sentence.text])).toEqual([
      ['Sub-processors', 'We use the following sub-processors.'],
      ['Sub-processors', 'AWS (hosting)'],
      ['Sub-processors', 'Stripe'],
    ]);
  });

  it('survives unclosed elements and stray angle brackets', () => {
    expect(htmlToText('<p>Data < 5 GB and > 1 GB<script>never closed')).toBe('Data < 5 GB and > 1 GB');
    expect(htmlToText('')).toBe('');
  });
});
