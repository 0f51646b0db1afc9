"""A page that argues in its author's own voice (a column, an op-ed, letters) is opinion and
earns no event coding; a report on the same affair keeps its events. The judgement and its
reason travel with the article, through its JSON and the store."""

from __future__ import annotations

from pathlib import Path

from eventwire import Settings, analyze
from eventwire.store import Filters, Store, analyses

COLUMN = """The Senate Owes Voters a Straight Answer on the Port Deal
The Senate voted on Tuesday to approve the port deal, and you deserve to know why.
Ask yourself who gains from it.
Was it the dock workers?
Was it the small towns along the coast?
You know the answer already.
The ministers who negotiated it in secret have attacked every critic since.
The police arrested three protesters outside parliament last week.
"We acted within the law," the interior minister said on Monday.
Is that what you call openness?
The opposition leader accused the cabinet of hiding the contract.
Think about what that means for your town.
You pay the port fees, and you will pay the new tolls too.
Your representatives owe you more than a slogan.
The harbour union said the police had beaten two of its members at the gates.
Show the voters the numbers!
Until then, you should treat every promise with suspicion.
The governors of three provinces threatened to sue the government.
Would you trust a contract no one is allowed to read?
Neither would I.
Call your senator this week, and tell them you want the contract published.
A democracy does not run on secret deals!"""

REPORT = """Senate Approves Port Deal After Long Debate
The Senate approved the port deal on Tuesday by 54 votes to 41, the chamber's clerk said.
"This deal will bring work to every harbour town," the transport minister told reporters.
Opposition senators said the contract had been negotiated in secret.
"You cannot ask voters to trust a contract they cannot read," said Senator Ana Ruiz.
"Who gains from this? I ask you," she said in the chamber before the vote.
Police arrested three protesters outside parliament last week, officials said.
The interior ministry said the officers had acted within the law.
"We acted within the law," the interior minister said on Monday.
The opposition leader accused the cabinet of hiding the contract, according to a statement.
"I have read the summary, and you will not find the tolls in it," he said.
The harbour union said the police had beaten two of its members at the gates.
The ministry denied the charge and said an inquiry would report within a month.
Governors of three provinces threatened to sue the government, their lawyers said.
"We will see them in court," one governor told local radio.
The deal still needs the signature of the president, who is abroad until Friday.
Her office said she would sign it next week.
"I expect no delay," a spokeswoman said.
Shipping companies welcomed the vote in a joint statement.
"You can expect lower fees within a year," their association said.
Dock workers plan a march on Saturday, their union said.
The port handles a third of the country's trade, according to the ministry."""

LETTERS = """Readers Weigh In on the Port Deal
LETTERS.
I stand with the governors who threatened to sue the government.
The Senate approved a contract nobody has read."""

INTERVIEW = """Q&A: A Governor Explains Why She Will Sue Over the Port Deal
Why are you suing the government?
I am suing because my province was never consulted, and you cannot build a port on our land
without asking us.
Did you meet the ministers?
I met them twice, and I asked them for the contract both times.
What did they tell you?
They told me I would see it after the vote.
Will you march with the dock workers on Saturday?
I will, and I hope you will come too.
Do you expect to win in court?
I expect the court to read the contract, which is more than the Senate did.
What do you say to voters who want the jobs?
I say the jobs are real, and so are the tolls.
Is there a deal you would support?
I would support any deal I am allowed to read.
What happens next?
We file on Monday.
Are you worried about the cost?
I am more worried about the cost of silence.
Thank you, governor.
Thank you for having me."""


def test_a_column_is_opinion_and_earns_no_event_coding() -> None:
    analysis = analyze(COLUMN, published="2025-05-07")
    news = analysis.article.news
    assert news is not None and news.public_affairs
    assert news.genre == "opinion"
    assert "you" in news.genre_reason and "questions" in news.genre_reason
    assert analysis.events == []


def test_every_article_codes_the_column_when_asked() -> None:
    analysis = analyze(COLUMN, published="2025-05-07", settings=Settings(code_every_article=True))
    assert analysis.article.news.genre == "opinion"
    assert {e.plover["type"] for e in analysis.events} >= {"COERCE", "ACCUSE"}


def test_a_report_on_the_same_affair_keeps_its_events() -> None:
    analysis = analyze(REPORT, published="2025-05-07")
    news = analysis.article.news
    assert news is not None and news.genre == "report"
    assert "attributed" in news.genre_reason
    assert any(e.asserted_by is None for e in analysis.events)


def test_a_page_labelled_letters_is_opinion_however_short() -> None:
    news = analyze(LETTERS, published="2025-05-07").article.news
    assert news is not None
    assert (news.genre, news.genre_reason) == ("opinion", 'labelled "letters"')


def test_an_interview_speaks_in_the_first_person_and_is_a_report() -> None:
    news = analyze(INTERVIEW, published="2025-05-07").article.news
    assert news is not None
    assert (news.genre, news.genre_reason) == ("report", 'labelled "q&a"')


def test_the_genre_travels_with_the_article_through_json_and_the_store(tmp_path: Path) -> None:
    analysis = analyze(COLUMN, published="2025-05-07")
    article = analysis.to_dict()["article"]
    assert article["news"]["genre"] == "opinion"
    with Store(tmp_path / "events.db") as store:
        store.add(analysis)
        (back,) = analyses(store, Filters(modalities=None))
    assert back["article"]["news"] == article["news"]
