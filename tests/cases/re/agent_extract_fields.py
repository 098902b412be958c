# An agent pulls emails, URLs and amounts out of free text and normalises whitespace.
import re
text = """Contact: Ann <ann.smith@example.com>, bob@test.org.
See https://example.com/path?q=1 and http://foo.bar/x. Total: $1,234.50; tax $99."""
emails = re.findall(r'[\w.+-]+@[\w-]+\.[\w.]+\w', text)
print(emails)
urls = re.findall(r'https?://[^\s)]+(?<![.,])', text)
print(urls)
amounts = [float(a.replace(',', '')) for a in re.findall(r'\$([\d,]+(?:\.\d+)?)', text)]
print(amounts, sum(amounts))
print(re.sub(r'\s+', ' ', '  many   spaces\n\tand\tlines  ').strip())
slug = re.sub(r'[^a-z0-9]+', '-', 'Hello, World! Été 2024'.lower()).strip('-')
print(slug)
# expect: ['ann.smith@example.com', 'bob@test.org']
# expect: ['https://example.com/path?q=1', 'http://foo.bar/x']
# expect: [1234.5, 99.0] 1333.5
# expect: many spaces and lines
# expect: hello-world-t-2024
