"""Plan intake: commitments detected in the government\x27s own PDF or Word document."""
