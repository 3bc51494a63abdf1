# The platform's app image: API + UI, workers and projector (npm start), which starts no
# database or engine of its own when DATABASE_URL and ZEEBE_GRPC_ADDRESS are set.
FROM node:20.19-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
USER node
EXPOSE 3000
CMD ["npm", "start"]
